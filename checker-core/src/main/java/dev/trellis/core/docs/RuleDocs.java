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
  /** The command that regenerates the checked-in pages of the built-in rules. */
  public static final String REGENERATE = "./trellis rules --docs docs/rules";

  /** The first line of every generated file; files without it are never touched. */
  public static final String HEADER =
      "<!-- Generated from rule metadata by `trellis rules --docs`. Do not edit: change the rule's"
          + " RuleInfo and regenerate. -->";

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

  /** The page of one rule: what it checks, why, its options, how to fix, how to configure. */
  public static String page(RuleInfo info) {
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
    info.example().ifPresent(e -> out.append("\n## Example\n\n").append(e.strip()).append('\n'));
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
    Map<String, String> out = new TreeMap<>();
    out.put(INDEX, index(rules));
    for (RuleInfo info : rules) {
      out.put(pagePath(info), page(info));
    }
    return out;
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
    Map<String, String> wanted = files(rules);
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
    Map<String, String> wanted = files(rules);
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
