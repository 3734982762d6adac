package dev.trellis.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fixture check set up in Java, for a repository built by the test (usually a git history made
 * with {@link GitHistoryBuilder}). The expectations still live in files, never in Java: markers in
 * the repository's files and {@code expected.txt} resources. Made by {@link RuleFixtures#check}.
 */
public final class FixtureCheck {
  private final String ruleId;
  private final Path repository;
  private final ClassLoader loader;
  private final List<String> expectedResources = new ArrayList<>();
  private Optional<String> at = Optional.empty();
  private Optional<LocalDate> today = Optional.empty();

  FixtureCheck(String ruleId, Path repository, ClassLoader loader) {
    this.ruleId = ruleId; // null: the repository's whole policy is under test
    this.repository = Objects.requireNonNull(repository);
    this.loader = loader;
  }

  /**
   * Adds the expectations of an {@code expected.txt} on the test classpath ({@code
   * fixtures-git/review/direct-push/expected.txt}).
   */
  public FixtureCheck expected(String resource) {
    expectedResources.add(resource.replaceAll("^/+", ""));
    return this;
  }

  /** Reads the repository at a revision (from git objects) instead of its work tree. */
  public FixtureCheck at(String revision) {
    this.at = Optional.of(revision);
    return this;
  }

  /** The date of the run; else the {@code today:} of the expected file, else the kit's default. */
  public FixtureCheck today(LocalDate date) {
    this.today = Optional.of(date);
    return this;
  }

  /** Runs the rule and fails with a diff unless the findings are exactly the expected ones. */
  public void verify() {
    Expectations expectations = new Expectations();
    for (String resource : expectedResources) {
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(
              "no expected file '" + resource + "' on the test classpath.");
        }
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        expectations.readExpectedFile(resource, text.lines().toList());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    LocalDate date = today.or(expectations::today).orElse(RuleFixtures.DEFAULT_TODAY);
    String title =
        (ruleId == null ? "policy" : ruleId)
            + " on "
            + repository.getFileName()
            + at.map(a -> " at " + a).orElse("");
    if (ruleId == null) {
      FixtureRunner.verifyPolicy(title, repository, at, expectations, date, loader);
    } else {
      FixtureRunner.verify(title, ruleId, repository, at, expectations, date, loader);
    }
  }
}
