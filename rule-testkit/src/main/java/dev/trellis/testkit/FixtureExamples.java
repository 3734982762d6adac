package dev.trellis.testkit;

import dev.trellis.core.docs.RuleDocs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Worked examples for the generated rule pages, taken from fixture cases and the findings the rule
 * really reports on them, so that every example in the docs is a fixture the build runs.
 *
 * <pre>{@code
 * Map<String, RuleDocs.Example> examples = FixtureExamples.of(FixtureIndex.scan("fixtures"));
 * }</pre>
 */
public final class FixtureExamples {
  /** Case names that read as "the passing repository", preferred for the fixed side. */
  private static final List<String> CLEAN_NAMES =
      List.of("clean", "happy", "ok", "good", "compliant", "passes", "valid", "present");

  private static final int MAX_FILES = 4;
  private static final int MAX_LINES = 40;

  private FixtureExamples() {}

  /** An example per rule that has a firing case with findings on files or the repository. */
  public static Map<String, RuleDocs.Example> of(List<FixtureIndex.Case> cases) {
    Map<String, List<FixtureIndex.Case>> byRule = new TreeMap<>();
    for (FixtureIndex.Case c : cases) {
      byRule.computeIfAbsent(c.ruleId(), r -> new ArrayList<>()).add(c);
    }
    Map<String, RuleDocs.Example> out = new TreeMap<>();
    byRule.forEach((rule, mine) -> example(rule, mine).ifPresent(e -> out.put(rule, e)));
    return out;
  }

  /**
   * An example per declarative type, from {@code fixtures/declarative/<type>/<case>/}: a case whose
   * declared rules fire (policy mistakes aside) and a clean case.
   */
  public static Map<String, RuleDocs.Example> ofDeclarativeTypes(List<FixtureIndex.Case> cases) {
    Map<String, List<FixtureIndex.Case>> byType = new TreeMap<>();
    for (FixtureIndex.Case c : cases) {
      if (c.ruleId().startsWith("declarative/")) {
        byType.computeIfAbsent(c.ruleId(), r -> new ArrayList<>()).add(c);
      }
    }
    Map<String, RuleDocs.Example> out = new TreeMap<>();
    byType.forEach(
        (rule, mine) ->
            example(
                    rule,
                    mine,
                    c ->
                        c.expects().stream()
                            .anyMatch(id -> !id.equals(RuleFixtures.CONFIG_PROBLEM)))
                .ifPresent(e -> out.put(rule.substring("declarative/".length()), e)));
    return out;
  }

  /** The example of one rule: its first firing case (by name) and its cleanest passing case. */
  public static Optional<RuleDocs.Example> example(String ruleId, List<FixtureIndex.Case> cases) {
    return example(ruleId, cases, FixtureIndex.Case::fires);
  }

  private static Optional<RuleDocs.Example> example(
      String ruleId, List<FixtureIndex.Case> cases, Predicate<FixtureIndex.Case> fires) {
    List<FixtureIndex.Case> sorted =
        cases.stream().sorted(Comparator.comparing(FixtureIndex.Case::name)).toList();
    Optional<FixtureIndex.Case> broken = sorted.stream().filter(fires).findFirst();
    if (broken.isEmpty()) {
      return Optional.empty();
    }
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    Path brokenDir = dir(loader, broken.get());
    Set<String> brokenPaths = texts(brokenDir).keySet();
    // the passing case that reads best as "the fix": a conventional name, default options, and
    // the most files in common with the broken one
    Optional<FixtureIndex.Case> fixed =
        sorted.stream()
            .filter(c -> c.expects().isEmpty())
            .min(
                Comparator.<FixtureIndex.Case>comparingInt(
                        c -> CLEAN_NAMES.contains(c.name()) ? CLEAN_NAMES.indexOf(c.name()) : 99)
                    .thenComparingInt(
                        c -> Files.exists(dir(loader, c).resolve("trellis.yml")) ? 1 : 0)
                    .thenComparingInt(
                        c ->
                            -(int)
                                texts(dir(loader, c)).keySet().stream()
                                    .filter(brokenPaths::contains)
                                    .count()));
    List<String> findings = findings(ruleId, brokenDir, loader);
    Map<String, String> before = texts(brokenDir);
    Set<String> shown = new LinkedHashSet<>();
    for (String f : findings) {
      String path = f.substring(0, f.indexOf(' '));
      String file = path.contains(":") ? path.substring(0, path.indexOf(':')) : path;
      if (before.containsKey(file)) {
        shown.add(file);
      }
    }
    if (before.containsKey("trellis.yml")) {
      shown.add("trellis.yml");
    }
    if (shown.isEmpty()) {
      shown.addAll(before.keySet());
    }
    List<RuleDocs.ExampleFile> beforeFiles =
        shown.stream().limit(MAX_FILES).map(p -> file(p, before.get(p))).toList();

    List<RuleDocs.ExampleFile> afterFiles = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    if (fixed.isPresent()) {
      Map<String, String> after = texts(dir(loader, fixed.get()));
      for (Map.Entry<String, String> f : after.entrySet()) {
        if (!f.getValue().equals(before.get(f.getKey())) && afterFiles.size() < MAX_FILES) {
          afterFiles.add(file(f.getKey(), f.getValue()));
        }
      }
      // deleting files is the fix only when nothing had to be added or changed
      if (afterFiles.isEmpty()) {
        for (String p : before.keySet()) {
          if (!after.containsKey(p)) {
            removed.add(p);
          }
        }
      }
    }
    return Optional.of(
        new RuleDocs.Example(
            broken.get().toString(),
            beforeFiles,
            findings,
            fixed.map(FixtureIndex.Case::toString),
            afterFiles,
            removed));
  }

  /** What the rule reports on the case, as {@code path:line rule message} lines. */
  private static List<String> findings(String ruleId, Path caseDir, ClassLoader loader) {
    Path work = null;
    try {
      work = Files.createTempDirectory("trellis-example-");
      RuleFixtures.copy(caseDir, work);
      FixtureRunner.Run run =
          FixtureRunner.run(
              ruleId,
              work,
              Optional.empty(),
              new Expectations(),
              RuleFixtures.DEFAULT_TODAY,
              loader,
              ruleId);
      return run.reported().stream().map(FindingLine::describe).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (work != null) {
        try {
          RuleFixtures.deleteTree(work);
        } catch (IOException e) {
          // a temporary directory left behind is harmless
        }
      }
    }
  }

  private static Path dir(ClassLoader loader, FixtureIndex.Case c) {
    return RuleFixtures.resolve(loader, c.root() + "/" + c.ruleId() + "/" + c.name());
  }

  /** The text files of a case (not its expected.txt), by repo path, sorted. */
  private static Map<String, String> texts(Path caseDir) {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(caseDir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String rel = caseDir.relativize(p).toString().replace('\\', '/');
        if (rel.equals(RuleFixtures.EXPECTED_FILE)) {
          continue;
        }
        byte[] bytes = Files.readAllBytes(p);
        boolean binary = false;
        for (byte b : bytes) {
          binary |= b == 0;
        }
        if (!binary) {
          out.put(rel, new String(bytes, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static RuleDocs.ExampleFile file(String path, String text) {
    List<String> lines = text.lines().toList();
    String shown =
        lines.size() <= MAX_LINES
            ? text
            : String.join("\n", lines.subList(0, MAX_LINES))
                + "\n... ("
                + (lines.size() - MAX_LINES)
                + " more lines)\n";
    return new RuleDocs.ExampleFile(path, shown);
  }
}
