package dev.trellis.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The fixture cases on the test classpath, with the rules each one expects findings of, for
 * catalogue tests ("every rule has a firing and a clean case").
 *
 * <pre>{@code
 * List<FixtureIndex.Case> cases = FixtureIndex.scan("fixtures", "fixtures-git");
 * }</pre>
 */
public final class FixtureIndex {
  private FixtureIndex() {}

  /**
   * One case folder, {@code <root>/<area>/<rule>/<case>/}.
   *
   * @param root the resource root it was found under
   * @param ruleId {@code <area>/<rule>}
   * @param name the case folder's name
   * @param expects the rule ids its markers and {@code expected.txt} expect findings of, sorted
   */
  public record Case(String root, String ruleId, String name, Set<String> expects) {
    public Case {
      expects = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(expects));
    }

    /** Whether the case expects a finding of its own rule. */
    public boolean fires() {
      return expects.contains(ruleId);
    }

    /** {@code fixtures/adr/status/broken}. */
    @Override
    public String toString() {
      return root + "/" + ruleId + "/" + name;
    }
  }

  /** Every case below the given resource roots that exist on the test classpath. */
  public static List<Case> scan(String... resourceRoots) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    List<Case> out = new ArrayList<>();
    for (String root : resourceRoots) {
      if (loader.getResource(root) == null) {
        continue;
      }
      Path dir = RuleFixtures.resolve(loader, root);
      for (Path area : dirs(dir)) {
        for (Path rule : dirs(area)) {
          for (Path c : dirs(rule)) {
            out.add(
                new Case(
                    root,
                    RuleFixtures.name(area) + "/" + RuleFixtures.name(rule),
                    RuleFixtures.name(c),
                    expects(c)));
          }
        }
      }
    }
    return out;
  }

  private static Set<String> expects(Path caseDir) {
    Expectations e = new Expectations();
    try (Stream<Path> s = Files.walk(caseDir)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        String rel = caseDir.relativize(p).toString().replace('\\', '/');
        Optional<String> text = text(p);
        if (text.isEmpty()) {
          continue;
        }
        List<String> lines = text.get().lines().toList();
        if (rel.equals(RuleFixtures.EXPECTED_FILE)) {
          e.readExpectedFile(rel, lines);
        } else {
          e.readMarkers(rel, lines);
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    Set<String> ids = new TreeSet<>();
    e.expected().forEach(x -> ids.add(x.ruleId()));
    return ids;
  }

  private static Optional<String> text(Path p) throws IOException {
    byte[] bytes = Files.readAllBytes(p);
    for (byte b : bytes) {
      if (b == 0) {
        return Optional.empty();
      }
    }
    return Optional.of(new String(bytes, StandardCharsets.UTF_8));
  }

  private static List<Path> dirs(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
