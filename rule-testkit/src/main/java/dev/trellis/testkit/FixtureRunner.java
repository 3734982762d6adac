package dev.trellis.testkit;

import dev.trellis.core.engine.CheckResult;
import dev.trellis.core.engine.Engine;
import dev.trellis.core.policy.ConfigException;
import dev.trellis.core.policy.ConfigProblem;
import dev.trellis.core.policy.EffectivePolicy;
import dev.trellis.core.policy.PolicyLoader;
import dev.trellis.core.policy.Provenance;
import dev.trellis.core.policy.RuleCatalog;
import dev.trellis.core.policy.RuleSetting;
import dev.trellis.core.repo.FileContent;
import dev.trellis.core.repo.Repo;
import dev.trellis.core.repo.Repos;
import dev.trellis.core.rule.Finding;
import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * Runs the rule under test over one repository through the real policy loader and engine, and
 * compares what it reports with what the fixture expects.
 */
final class FixtureRunner {
  private FixtureRunner() {}

  /**
   * Verifies one case; throws {@link AssertionFailedError} with a readable diff when the findings
   * differ from the expectations, when the rule crashes, or when the fixture itself is malformed.
   *
   * @param title how the failure names the case
   * @param ruleId the rule under test; when no such rule is on the classpath, the declarative rules
   *     that the case's own {@code trellis.yml} declares are under test
   * @param repoDir the repository to check (a copy of the case, or a built git history)
   * @param at a revision to read instead of the work tree
   * @param expectations what {@code expected.txt} says (markers are added here)
   * @param today the date of the run
   * @param loader where rules and baselines are found
   */
  static void verify(
      String title,
      String ruleId,
      Path repoDir,
      Optional<String> at,
      Expectations expectations,
      LocalDate today,
      ClassLoader loader) {
    judge(title, run(ruleId, repoDir, at, expectations, today, loader, title), expectations);
  }

  /**
   * Verifies a whole policy on a repository: every rule its {@code trellis.yml} (and what that
   * extends) enables runs, exactly as {@code trellis check} would, and the findings of all of them
   * are compared with the expectations.
   */
  static void verifyPolicy(
      String title,
      Path repoDir,
      Optional<String> at,
      Expectations expectations,
      LocalDate today,
      ClassLoader loader) {
    judge(title, runPolicy(repoDir, at, expectations, today, loader), expectations);
  }

  private static void judge(String title, Run run, Expectations expectations) {
    List<FindingLine> reported = run.reported();
    List<CapturingRule> wrappers = run.wrappers();
    if (!expectations.errors().isEmpty()) {
      throw new AssertionFailedError(
          title
              + ": the fixture's expectations cannot be read:\n  "
              + String.join("\n  ", expectations.errors()));
    }
    FindingDiff diff = FindingDiff.of(expectations.expected(), reported);
    for (CapturingRule w : wrappers) {
      Throwable crash = w.crash.get();
      if (crash != null) {
        throw new AssertionFailedError(
            title
                + ": the rule '"
                + w.info().id()
                + "' crashed ("
                + Engine.RULE_FAILED
                + "): "
                + crash
                + "\n"
                + diff.render(title),
            crash);
      }
    }
    List<FindingLine> failures =
        reported.stream().filter(f -> f.ruleId().equals(Engine.RULE_FAILED)).toList();
    if (!failures.isEmpty()) {
      throw new AssertionFailedError(
          title
              + ": "
              + failures.stream().map(FindingLine::message).collect(Collectors.joining("; "))
              + "\n"
              + diff.render(title));
    }
    if (!diff.clean()) {
      throw new AssertionFailedError(diff.render(title));
    }
  }

  /** Runs the effective policy of the repository, all its enabled rules. */
  static Run runPolicy(
      Path repoDir,
      Optional<String> at,
      Expectations expectations,
      LocalDate today,
      ClassLoader loader) {
    RuleCatalog catalog = RuleCatalog.load(loader);
    List<FindingLine> reported = new ArrayList<>();
    Optional<EffectivePolicy> loaded = Optional.empty();
    try {
      loaded =
          Optional.of(
              new PolicyLoader(new BaselineFallbackLoader(loader), catalog)
                  .load(repoDir.toAbsolutePath().normalize(), Optional.empty()));
    } catch (ConfigException e) {
      reported.addAll(configFindings(e));
    }
    try (Repo repo = Repos.open(repoDir, at)) {
      readMarkers(repo, expectations);
      if (loaded.isPresent()) {
        for (Finding f : new Engine().run(repo, loaded.get(), today).findings()) {
          reported.add(FindingLine.of(f));
        }
      }
    }
    reported.sort(ORDER);
    return new Run(List.copyOf(reported), List.of());
  }

  private static final java.util.Comparator<FindingLine> ORDER =
      java.util.Comparator.comparing(FindingLine::path)
          .thenComparingInt(FindingLine::line)
          .thenComparing(FindingLine::ruleId)
          .thenComparing(FindingLine::message);

  private static List<FindingLine> configFindings(ConfigException e) {
    List<FindingLine> out = new ArrayList<>();
    for (ConfigProblem p : e.problems()) {
      out.add(
          new FindingLine(
              p.file(),
              p.line(),
              RuleFixtures.CONFIG_PROBLEM,
              p.message() + (p.hint().isEmpty() ? "" : " " + p.hint())));
    }
    return out;
  }

  private static void readMarkers(Repo repo, Expectations expectations) {
    for (String path : repo.files()) {
      Optional<FileContent> content = repo.read(path);
      if (content.isPresent() && !content.get().binary()) {
        expectations.readMarkers(path, content.get().lines());
      }
    }
  }

  /** What one run reported, sorted, and the rules that ran (with what they threw). */
  record Run(List<FindingLine> reported, List<CapturingRule> wrappers) {}

  /**
   * Runs the rules under test over the repository; its markers are read into {@code expectations}.
   */
  static Run run(
      String ruleId,
      Path repoDir,
      Optional<String> at,
      Expectations expectations,
      LocalDate today,
      ClassLoader loader,
      String title) {
    RuleCatalog catalog = RuleCatalog.load(loader);
    List<FindingLine> reported = new ArrayList<>();
    Optional<EffectivePolicy> loaded = Optional.empty();
    boolean hasPolicyFile = Files.isRegularFile(repoDir.resolve(PolicyLoader.REPO_FILE));
    if (hasPolicyFile) {
      try {
        loaded =
            Optional.of(
                new PolicyLoader(new BaselineFallbackLoader(loader), catalog)
                    .load(repoDir.toAbsolutePath().normalize(), Optional.empty()));
      } catch (ConfigException e) {
        reported.addAll(configFindings(e));
      }
    }

    List<Rule> underTest = new ArrayList<>();
    catalog.rule(ruleId).ifPresent(underTest::add);
    if (underTest.isEmpty() && loaded.isPresent()) {
      // a declarative rule named by the fixture folder, wherever in the extends chain it is
      // declared
      loaded.get().declared().stream()
          .filter(r -> r.info().id().equals(ruleId))
          .forEach(underTest::add);
    }
    if (underTest.isEmpty() && loaded.isPresent()) {
      String file = loaded.get().repoFile().orElse("");
      for (Rule r : loaded.get().declared()) {
        RuleSetting s = loaded.get().rules().get(r.info().id());
        if (s != null && s.levelFrom().file().equals(file)) {
          underTest.add(r);
        }
      }
    }
    if (underTest.isEmpty() && (loaded.isPresent() || !hasPolicyFile)) {
      throw new AssertionFailedError(
          title
              + ": no rule '"
              + ruleId
              + "' on the test classpath, and the case's trellis.yml declares no rule. Rules in"
              + " the area '"
              + ruleId.substring(0, Math.max(0, ruleId.indexOf('/')))
              + "': "
              + catalog.ids().stream()
                  .filter(id -> id.startsWith(ruleId.substring(0, ruleId.indexOf('/') + 1)))
                  .toList()
              + ". Fixture folders are fixtures/<area>/<rule>/<case>/, and a rule is found through"
              + " its RuleProvider or META-INF/services/dev.trellis.core.rule.Rule.");
    }

    List<CapturingRule> wrappers = underTest.stream().map(CapturingRule::new).toList();
    try (Repo repo = Repos.open(repoDir, at)) {
      readMarkers(repo, expectations);
      // a policy that cannot be loaded stops the run, as it does for users (exit code 2)
      if (!wrappers.isEmpty() && (loaded.isPresent() || !hasPolicyFile)) {
        EffectivePolicy policy = policyFor(wrappers, loaded);
        CheckResult result = new Engine().run(repo, policy, today);
        for (Finding f : result.findings()) {
          reported.add(FindingLine.of(f));
        }
      }
    }
    reported.sort(ORDER);
    return new Run(List.copyOf(reported), wrappers);
  }

  /**
   * Only the rules under test run: at the level the case's own policy file gives them, else at
   * their default level (at {@code warn} when that is {@code off}, so opt-in rules are testable),
   * with the options the policy chain sets.
   */
  private static EffectivePolicy policyFor(
      List<CapturingRule> rules, Optional<EffectivePolicy> loaded) {
    Map<String, RuleSetting> settings = new LinkedHashMap<>();
    String repoFile = loaded.flatMap(EffectivePolicy::repoFile).orElse("");
    for (CapturingRule r : rules) {
      RuleInfo info = r.info();
      RuleSetting s = loaded.map(p -> p.rules().get(info.id())).orElse(null);
      Level level = info.defaultLevel() == Level.OFF ? Level.WARN : info.defaultLevel();
      Provenance from = Provenance.DEFAULT;
      if (s != null && s.levelFrom().file().equals(repoFile)) {
        level = s.level();
        from = s.levelFrom();
      }
      settings.put(
          info.id(),
          new RuleSetting(
              info.id(),
              level,
              from,
              s == null ? Map.of() : s.options(),
              s == null ? Map.of() : s.optionsFrom()));
    }
    return new EffectivePolicy(
        loaded.map(EffectivePolicy::baselines).orElse(List.of()),
        loaded.flatMap(EffectivePolicy::repoFile),
        settings,
        loaded.map(EffectivePolicy::teams).orElse(List.of()),
        loaded.map(EffectivePolicy::sections).orElse(Map.of()),
        List.of(),
        RuleCatalog.of(List.copyOf(rules)));
  }

  /** Runs a rule and keeps what it threw, so a crash fails the test with the real stack trace. */
  private static final class CapturingRule implements Rule {
    private final Rule delegate;
    private final AtomicReference<Throwable> crash = new AtomicReference<>();

    CapturingRule(Rule delegate) {
      this.delegate = delegate;
    }

    @Override
    public RuleInfo info() {
      return delegate.info();
    }

    @Override
    public void check(RuleContext ctx) throws Exception {
      try {
        delegate.check(ctx);
      } catch (Exception | Error e) {
        crash.compareAndSet(null, e);
        throw e;
      }
    }
  }

  /**
   * A repository file without {@code extends} follows Trellis's default baseline, which lives in
   * the rules jar. A team's rule project may not have that jar on its test classpath; there the
   * default baseline reads as empty instead of failing every case that has a {@code trellis.yml}.
   */
  private static final class BaselineFallbackLoader extends ClassLoader {
    private static final String DEFAULT =
        PolicyLoader.DEFAULT_BASELINE.substring("classpath:".length());

    BaselineFallbackLoader(ClassLoader parent) {
      super(parent);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      InputStream in = getParent().getResourceAsStream(name);
      if (in == null && name.equals(DEFAULT)) {
        return new ByteArrayInputStream(
            "name: trellis-default\nrules: {}\n".getBytes(StandardCharsets.UTF_8));
      }
      return in;
    }

    @Override
    public URL getResource(String name) {
      return getParent().getResource(name);
    }
  }
}
