package dev.trellis.core.docs;

import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.RuleInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Rule documentation generated from rule metadata, never written by hand: one Markdown page per
 * rule ({@code <area>/<name>.md}) and an index ({@code README.md}, also what {@code trellis rules
 * --format markdown} prints). {@link #stale} tells whether checked-in pages still match.
 *
 * <p>Example: {@code RuleDocs.write(Path.of("docs/rules"), infos)}
 */
public final class RuleDocs {
  /**
   * The command that regenerates the checked-in pages of the built-in rules (from the repository
   * root): the pages carry worked examples from the rules' fixtures, which only the test run has.
   */
  public static final String REGENERATE =
      "./mvnw -q -pl rules -am test -Dtest=RuleDocsTest,DeclarativeDocsTest -Dsurefire.failIfNoSpecifiedTests=false"
          + " -Dtrellis.docs=write";

  /** The first line of every generated file; files without it are never touched. */
  public static final String HEADER =
      "<!-- Generated from rule metadata (and fixtures) by Trellis. Do not edit: change the rule"
          + " and regenerate. -->";

  private static final String INDEX = "README.md";

  private RuleDocs() {}

  /** The index: every rule by area, with its default level and title, linked to its page. */
  public static String index(Collection<RuleInfo> rules) {
    StringBuilder out = new StringBuilder();
    out.append(HEADER).append("\n# Rules\n\n");
    out.append(
        "Each rule is `area/name`. The policy (`trellis.yml` or a baseline) sets its level and"
            + " options; the level below is the default.\n");
    Map<String, List<RuleInfo>> byArea = new TreeMap<>();
    for (RuleInfo info : sorted(rules)) {
      byArea.computeIfAbsent(info.area(), a -> new ArrayList<>()).add(info);
    }
    if (byArea.isEmpty()) {
      out.append("\nNo rules are installed.\n");
    }
    for (Map.Entry<String, List<RuleInfo>> area : byArea.entrySet()) {
      out.append("\n## ").append(area.getKey()).append("\n\n");
      out.append("| Rule | Default level | What a passing repository does |\n");
      out.append("| --- | --- | --- |\n");
      for (RuleInfo info : area.getValue()) {
        out.append("| [`")
            .append(info.id())
            .append("`](")
            .append(pagePath(info))
            .append(") | ")
            .append(info.defaultLevel().id())
            .append(" | ")
            .append(cell(info.title()))
            .append(" |\n");
      }
    }
    return out.toString();
  }

  /**
   * A worked example for a rule's page, taken from fixture cases the build runs: a repository that
   * breaks the rule, what Trellis reports on it, and the same repository fixed.
   *
   * @param brokenCase the fixture the finding comes from ({@code fixtures/adr/status/missing})
   * @param before the files to show of the broken repository
   * @param findings what Trellis reports there, one line each
   * @param fixedCase the fixture that passes, empty when there is none to show
   * @param after the files of the passing repository that differ from the broken one
   * @param removed files of the broken repository that the passing one does not have
   */
  public record Example(
      String brokenCase,
      List<ExampleFile> before,
      List<String> findings,
      Optional<String> fixedCase,
      List<ExampleFile> after,
      List<String> removed) {
    public Example {
      before = List.copyOf(before);
      findings = List.copyOf(findings);
      after = List.copyOf(after);
      removed = List.copyOf(removed);
    }
  }

  /** One file shown in an example. */
  public record ExampleFile(String path, String text) {}

  /** The page of one rule: what it checks, why, its options, how to fix, how to configure. */
  public static String page(RuleInfo info) {
    return page(info, Optional.empty());
  }

  /** The page of one rule, with a worked example from its fixtures when there is one. */
  public static String page(RuleInfo info, Optional<Example> fixtureExample) {
    StringBuilder out = new StringBuilder();
    out.append(HEADER).append('\n');
    out.append("# ").append(info.id()).append("\n\n");
    out.append("**").append(info.title().strip()).append("**\n\n");
    out.append("Default level: `").append(info.defaultLevel().id()).append('`');
    if (!info.aliases().isEmpty()) {
      out.append(" · Also known as: ")
          .append(
              info.aliases().stream().map(a -> "`" + a + "`").collect(Collectors.joining(", ")));
    }
    out.append("\n\n## Why it matters\n\n").append(info.rationale().strip()).append('\n');
    if (!info.options().isEmpty()) {
      out.append("\n## Options\n\n");
      out.append("| Option | Type | Default | Looser when | What it sets |\n");
      out.append("| --- | --- | --- | --- | --- |\n");
      for (OptionSpec o : info.options()) {
        out.append("| `")
            .append(o.name())
            .append("` | ")
            .append(o.type().id())
            .append(" | `")
            .append(cell(yaml(o.defaultValue())))
            .append("` | ")
            .append(looser(o.looser()))
            .append(" | ")
            .append(cell(o.description()))
            .append(" |\n");
      }
    }
    out.append("\n## How to fix\n\n").append(info.fix().strip()).append('\n');
    if (info.example().isPresent() || fixtureExample.isPresent()) {
      out.append("\n## Example\n");
    }
    info.example().ifPresent(e -> out.append('\n').append(e.strip()).append('\n'));
    fixtureExample.ifPresent(e -> example(out, e));
    out.append("\n## Configure\n\n```yaml\nrules:\n  ").append(info.id()).append(": { level: ");
    out.append(info.defaultLevel().id());
    for (OptionSpec o : info.options()) {
      out.append(", ").append(o.name()).append(": ").append(yaml(o.defaultValue()));
    }
    out.append(" }\n```\n");
    return out.toString();
  }

  /** Every generated file, by path relative to the docs folder: the index, then each page. */
  public static Map<String, String> files(Collection<RuleInfo> rules) {
    return files(rules, Map.of());
  }

  /** Every generated file, pages with the fixture examples given by rule id. */
  public static Map<String, String> files(
      Collection<RuleInfo> rules, Map<String, Example> examples) {
    Map<String, String> out = new TreeMap<>();
    out.put(INDEX, index(rules));
    for (RuleInfo info : rules) {
      out.put(pagePath(info), page(info, Optional.ofNullable(examples.get(info.id()))));
    }
    return out;
  }

  static void example(StringBuilder out, Example e) {
    out.append("\nFrom the fixture `")
        .append(e.brokenCase())
        .append("`, which the build runs. ")
        .append(
            e.before().isEmpty()
                ? "In an empty repository:\n"
                : "In a repository with "
                    + (e.before().size() == 1 ? "this file" : "these files")
                    + " (`expect:` comments mark where the test expects findings):\n");
    for (ExampleFile f : e.before()) {
      file(out, f);
    }
    out.append("\nTrellis reports:\n\n```text\n");
    e.findings().forEach(f -> out.append(f).append('\n'));
    out.append("```\n");
    if (e.fixedCase().isPresent()) {
      out.append("\nFixed, as in the fixture `")
          .append(e.fixedCase().get())
          .append("`, which passes");
      if (e.after().isEmpty() && e.removed().isEmpty()) {
        out.append(".\n");
      } else {
        out.append(":\n");
      }
      for (ExampleFile f : e.after()) {
        file(out, f);
      }
      if (!e.removed().isEmpty()) {
        out.append("\nThe fix deletes ")
            .append(e.removed().stream().map(r -> "`" + r + "`").collect(Collectors.joining(", ")))
            .append(".\n");
      }
    }
  }

  private static void file(StringBuilder out, ExampleFile f) {
    String fence = "```";
    while (f.text().contains(fence)) {
      fence = fence + "`";
    }
    out.append("\n`")
        .append(f.path())
        .append("`\n\n")
        .append(fence)
        .append(language(f.path()))
        .append('\n')
        .append(f.text().endsWith("\n") || f.text().isEmpty() ? f.text() : f.text() + "\n")
        .append(fence)
        .append('\n');
  }

  private static String language(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (name.endsWith(".md")) {
      return "markdown";
    }
    if (name.endsWith(".yml") || name.endsWith(".yaml")) {
      return "yaml";
    }
    if (name.endsWith(".java")) {
      return "java";
    }
    if (name.endsWith(".json")) {
      return "json";
    }
    return "text";
  }

  /** {@code <area>/<name>.md}. */
  public static String pagePath(RuleInfo info) {
    return info.id() + ".md";
  }

  /**
   * How the generated files in {@code dir} differ from what {@code rules} generate: missing,
   * different and obsolete files, one line each; empty when up to date.
   */
  public static List<String> stale(Path dir, Collection<RuleInfo> rules) throws IOException {
    return stale(dir, rules, Map.of());
  }

  /** {@link #stale(Path, Collection)}, pages with fixture examples. */
  public static List<String> stale(
      Path dir, Collection<RuleInfo> rules, Map<String, Example> examples) throws IOException {
    Map<String, String> wanted = files(rules, examples);
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, String> f : wanted.entrySet()) {
      Path file = dir.resolve(f.getKey());
      if (!Files.isRegularFile(file)) {
        out.add("missing   " + f.getKey());
      } else if (!Files.readString(file, StandardCharsets.UTF_8).equals(f.getValue())) {
        out.add("outdated  " + f.getKey());
      }
    }
    for (String existing : generated(dir)) {
      if (!wanted.containsKey(existing)) {
        out.add("obsolete  " + existing);
      }
    }
    return out;
  }

  /**
   * Writes every file into {@code dir} and deletes generated pages of rules that no longer exist.
   * Returns the paths written or deleted.
   */
  public static List<String> write(Path dir, Collection<RuleInfo> rules) throws IOException {
    return write(dir, rules, Map.of());
  }

  /** {@link #write(Path, Collection)}, pages with fixture examples. */
  public static List<String> write(
      Path dir, Collection<RuleInfo> rules, Map<String, Example> examples) throws IOException {
    Map<String, String> wanted = files(rules, examples);
    List<String> changed = new ArrayList<>();
    for (String existing : generated(dir)) {
      if (!wanted.containsKey(existing)) {
        Files.delete(dir.resolve(existing));
        changed.add("deleted " + existing);
      }
    }
    for (Map.Entry<String, String> f : wanted.entrySet()) {
      Path file = dir.resolve(f.getKey());
      if (Files.isRegularFile(file)
          && Files.readString(file, StandardCharsets.UTF_8).equals(f.getValue())) {
        continue;
      }
      Files.createDirectories(file.getParent());
      Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
      changed.add("wrote " + f.getKey());
    }
    return changed;
  }

  /** The Markdown files below {@code dir} that carry the generated header. */
  private static List<String> generated(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        if (p.toString().endsWith(".md")) {
          String first = Files.readString(p, StandardCharsets.UTF_8).lines().findFirst().orElse("");
          if (first.equals(HEADER)) {
            out.add(dir.relativize(p).toString().replace('\\', '/'));
          }
        }
      }
    }
    return out;
  }

  private static List<RuleInfo> sorted(Collection<RuleInfo> rules) {
    return rules.stream().sorted(Comparator.comparing(RuleInfo::id)).toList();
  }

  private static String looser(OptionSpec.Looser looser) {
    return switch (looser) {
      case LOWER -> "lower";
      case HIGHER -> "higher";
      case MORE -> "more entries";
      case FEWER -> "fewer entries";
      case TRUE -> "true";
      case FALSE -> "false";
      case NEITHER -> "neither way";
    };
  }

  /** A value as a policy would write it. */
  static String yaml(Object value) {
    if (value == null) {
      return "~";
    }
    if (value instanceof List<?> list) {
      return list.stream().map(RuleDocs::yaml).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof String s) {
      boolean plain =
          !s.isEmpty()
              && s.matches("[A-Za-z0-9_./@-][A-Za-z0-9_./@ *-]*")
              && !s.endsWith(" ")
              && !List.of("true", "false", "yes", "no", "on", "off", "null", "~")
                  .contains(s.toLowerCase(Locale.ROOT))
              && !s.matches("[0-9.+-]+");
      return plain ? s : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
    return String.valueOf(value);
  }

  private static String cell(String text) {
    return text.strip().replace("\n", " ").replace("|", "\\|");
  }
}
