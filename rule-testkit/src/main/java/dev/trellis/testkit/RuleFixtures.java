package dev.trellis.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Fixture-driven rule tests: each case is a folder that is a tiny repository, with the findings it
 * expects written where they occur.
 *
 * <p>Layout: {@code src/test/resources/fixtures/<area>/<rule>/<case>/}. The rule under test is
 * {@code <area>/<rule>}, found through {@code ServiceLoader} on the test classpath. Expectations:
 *
 * <ul>
 *   <li>a marker in a comment of the file's own syntax, {@code # expect: area/rule}, {@code //
 *       expect: area/rule}, {@code <!-- expect: area/rule -->} (also {@code /* expect: ... *}{@code
 *       /}), at the end of the offending line or alone on the line above it (stacked markers all
 *       apply to the next line that is not a marker). A quoted fragment, {@code # expect:
 *       codeowners/shadowed 'never takes effect'}, must be contained in the message. Several
 *       expectations may share one marker: {@code # expect: a/b 'x', a/b 'y'};
 *   <li>{@code expected.txt} in the case folder, one finding a line: {@code path:line rule-id
 *       'fragment'}, {@code path rule-id} (about the whole file), {@code (repository) rule-id};
 *       {@code #} starts a comment, and {@code today: 2026-03-31} sets the date of the run (default
 *       {@link #DEFAULT_TODAY}). It is not part of the repository the rule sees.
 * </ul>
 *
 * <p>Expectations are strict both ways: each one needs its own finding, a finding nobody expects
 * fails the case, and so does a crash of the rule ({@code engine/rule-failed}). An optional {@code
 * trellis.yml} in the case is loaded with the real policy loader and sets the rule's level and
 * options; policy mistakes become findings of {@value #CONFIG_PROBLEM} at their file and line, so
 * they can be expected like any other. When the case's {@code trellis.yml} declares rules ({@code
 * type: file-contains} ...) and {@code <area>/<rule>} is no rule on the classpath, the declared
 * rules are the rules under test.
 *
 * <p>Example:
 *
 * <pre>{@code
 * class CodeownersFixturesTest {
 *   @TestFactory
 *   Stream<DynamicTest> fixtures() {
 *     return RuleFixtures.discover("fixtures/codeowners");
 *   }
 * }
 * }</pre>
 */
public final class RuleFixtures {
  /** The pseudo rule id of a mistake in the case's policy files. */
  public static final String CONFIG_PROBLEM = "trellis/config";

  /** The date every case runs at unless its {@code expected.txt} says {@code today: DATE}. */
  public static final LocalDate DEFAULT_TODAY = LocalDate.of(2026, 6, 1);

  /** The file of expectations that have no line or sit in files that cannot hold comments. */
  public static final String EXPECTED_FILE = "expected.txt";

  private RuleFixtures() {}

  /**
   * One test per case folder below {@code resourceRoot} ({@code fixtures/<area>}), found on the
   * test class path: {@code <resourceRoot>/<rule>/<case>/}.
   */
  public static Stream<DynamicTest> discover(String resourceRoot) {
    ClassLoader loader = loader();
    String root = resourceRoot.replaceAll("^/+|/+$", "");
    Path dir = resolve(loader, root);
    String area = root.substring(root.lastIndexOf('/') + 1);
    List<DynamicTest> tests = new ArrayList<>();
    for (Path ruleDir : children(dir)) {
      String ruleId = area + "/" + name(ruleDir);
      List<Path> cases = children(ruleDir);
      if (cases.isEmpty()) {
        throw new IllegalStateException(
            "the fixture folder "
                + root
                + "/"
                + ruleDir.getFileName()
                + " holds no case folders; put each case in its own folder: "
                + root
                + "/<rule>/<case>/.");
      }
      for (Path caseDir : cases) {
        String name = ruleId + "/" + name(caseDir);
        tests.add(
            DynamicTest.dynamicTest(
                name, caseDir.toUri(), () -> runCase(name, ruleId, caseDir, loader)));
      }
    }
    if (tests.isEmpty()) {
      throw new IllegalStateException(
          "no fixture cases below "
              + root
              + "; create "
              + root
              + "/<rule>/<case>/ in src/test/resources.");
    }
    return tests.stream();
  }

  /**
   * A check built in Java, for repositories a folder cannot express (a git history made with {@link
   * GitHistoryBuilder}); its expectations stay in files: markers in the repository's files and an
   * {@code expected.txt} kept in test resources.
   *
   * <pre>{@code
   * RuleFixtures.check("rituals/changelog", git.directory())
   *     .expected("fixtures-git/rituals/changelog/untagged/expected.txt")
   *     .verify();
   * }</pre>
   */
  public static FixtureCheck check(String ruleId, Path repository) {
    return new FixtureCheck(ruleId, repository, loader());
  }

  /**
   * One test per case folder directly below {@code resourceRoot} ({@code policy-fixtures/<case>/}),
   * each a repository checked under its own {@code trellis.yml} as {@code trellis check} would:
   * every rule the policy enables runs, and the expectations may name any of them. For example
   * repositories and baselines, where the policy is what is under test.
   */
  public static Stream<DynamicTest> discoverPolicyCases(String resourceRoot) {
    ClassLoader loader = loader();
    String root = resourceRoot.replaceAll("^/+|/+$", "");
    List<DynamicTest> tests = new ArrayList<>();
    for (Path caseDir : children(resolve(loader, root))) {
      String name = root + "/" + name(caseDir);
      tests.add(
          DynamicTest.dynamicTest(
              name, caseDir.toUri(), () -> runCase(name, null, caseDir, loader)));
    }
    if (tests.isEmpty()) {
      throw new IllegalStateException(
          "no policy cases below " + root + "; create " + root + "/<case>/ in src/test/resources.");
    }
    return tests.stream();
  }

  /**
   * A whole-policy check built in Java: the repository's own {@code trellis.yml} decides which
   * rules run, as with {@code trellis check}; expectations come from its markers and {@code
   * expected.txt} resources.
   */
  public static FixtureCheck checkPolicy(Path repository) {
    return new FixtureCheck(null, repository, loader());
  }

  private static void runCase(String name, String ruleId, Path caseDir, ClassLoader loader)
      throws IOException {
    Expectations expectations = new Expectations();
    Path expectedFile = caseDir.resolve(EXPECTED_FILE);
    if (Files.isRegularFile(expectedFile)) {
      expectations.readExpectedFile(
          EXPECTED_FILE, Files.readAllLines(expectedFile, StandardCharsets.UTF_8));
    }
    Path work = Files.createTempDirectory("trellis-fixture-");
    try {
      copy(caseDir, work);
      LocalDate today = expectations.today().orElse(DEFAULT_TODAY);
      if (ruleId == null) {
        FixtureRunner.verifyPolicy(name, work, Optional.empty(), expectations, today, loader);
      } else {
        FixtureRunner.verify(name, ruleId, work, Optional.empty(), expectations, today, loader);
      }
    } finally {
      deleteTree(work);
    }
  }

  private static ClassLoader loader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : RuleFixtures.class.getClassLoader();
  }

  static Path resolve(ClassLoader loader, String root) {
    URL url = loader.getResource(root);
    if (url == null) {
      throw new IllegalStateException(
          "no fixtures at '"
              + root
              + "' on the test classpath; create src/test/resources/"
              + root
              + "/<rule>/<case>/.");
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          // opened by an earlier discover(); Path.of finds it
        }
      }
      return Path.of(uri);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot read the fixtures at " + url + ": " + e, e);
    }
  }

  /** A folder's name, without the trailing slash a jar file system may give it. */
  static String name(Path dir) {
    return dir.getFileName().toString().replace("/", "");
  }

  private static List<Path> children(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory)
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the case, without its {@code expected.txt}, to a directory of its own. */
  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.sorted().toList()) {
        String rel = from.relativize(p).toString();
        if (rel.isEmpty() || rel.equals(EXPECTED_FILE)) {
          continue;
        }
        Path target = to.resolve(rel);
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        p.toFile().setWritable(true);
        Files.deleteIfExists(p);
      }
    }
  }
}
