package dev.trellis.core.engine;

import dev.trellis.core.policy.AcceptedFindings;
import dev.trellis.core.policy.EffectivePolicy;
import dev.trellis.core.policy.GitBaselines;
import dev.trellis.core.policy.PolicyLoader;
import dev.trellis.core.policy.PolicyStage;
import dev.trellis.core.policy.RuleCatalog;
import dev.trellis.core.policy.RuleSetting;
import dev.trellis.core.repo.BuildModule;
import dev.trellis.core.repo.ExcludedRepo;
import dev.trellis.core.repo.FileContent;
import dev.trellis.core.repo.Repo;
import dev.trellis.core.repo.Repos;
import dev.trellis.core.rule.Finding;
import dev.trellis.core.rule.Fingerprints;
import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Location;
import dev.trellis.core.rule.Options;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.Signal;
import dev.trellis.core.signal.Signals;
import dev.trellis.core.signal.markdown.Markdown;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the enabled rules of the effective policy over one repository point, in parallel, over
 * shared signals. A rule that throws becomes an {@code engine/rule-failed} finding; the others run
 * on.
 */
public final class Engine {
  /** The id of findings about a rule that could not run. */
  public static final String RULE_FAILED = "engine/rule-failed";

  public static final RuleInfo RULE_FAILED_INFO =
      RuleInfo.builder(RULE_FAILED)
          .title("Every enabled rule runs to completion")
          .rationale("A rule that crashes checks nothing, so its silence must not read as a pass.")
          .defaultLevel(Level.ERROR)
          .fix("Run with --debug for the stack trace and report it to the rule's authors.")
          .build();

  /**
   * Checks one repository. Throws {@link dev.trellis.core.policy.ConfigException} or {@link
   * dev.trellis.core.repo.RepoException} for what the user must fix.
   */
  public CheckResult check(CheckRequest request) {
    long start = System.nanoTime();
    Path root = request.directory().toAbsolutePath().normalize();
    // Listing the repository (JGit's index, one readdir per folder) and loading the rule catalogue
    // and the policy (SnakeYAML, classpath baselines) share nothing, and in a fresh JVM each is
    // mostly class loading and interpreted code: do them at the same time.
    Background<Repo> opening =
        Background.start("trellis-open", () -> Repos.open(request.directory(), request.at()));
    Map<String, Long> stages = new LinkedHashMap<>();
    PolicyLoader loader;
    EffectivePolicy workTreePolicy = null;
    RuntimeException policyError = null;
    long waitStart;
    try {
      RuleCatalog catalog = RuleCatalog.load(request.rulesLoader());
      stages.put("stage:catalog", System.nanoTime() - start);
      GitBaselines git =
          new GitBaselines(request.cacheDir().orElseGet(GitBaselines::defaultCacheDir));
      loader = new PolicyLoader(request.rulesLoader(), catalog, git);
      if (request.at().isEmpty()) {
        // a work tree is judged by its trellis.yml; when the directory turns out to be a bare
        // repository, this is discarded and the committed file is read below
        long policyStart = System.nanoTime();
        try {
          workTreePolicy = loader.load(root, request.config());
        } catch (RuntimeException e) {
          policyError = e;
        }
        stages.put("stage:policy", System.nanoTime() - policyStart);
      }
      waitStart = System.nanoTime();
      if (!opening.isDone()) {
        // Rather than only wait, load the Markdown parser most signals will need: in a fresh JVM
        // that is some hundred classes, which the rules would otherwise load on the critical path.
        Markdown.parse("(warm-up)", WARM_UP_MARKDOWN);
      }
    } catch (Throwable e) {
      // whatever stops the check here (a broken rule jar throws ServiceConfigurationError), the
      // repository being opened is closed once it is open
      opening.closeWhenDone(Repo::close);
      throw e;
    }
    Repo repo = opening.join();
    stages.put("stage:open", opening.nanos());
    stages.put("stage:open-wait", System.nanoTime() - waitStart);
    try (repo) {
      EffectivePolicy policy;
      if (repo.isWorkTree() && request.at().isEmpty()) {
        if (policyError != null) {
          throw policyError;
        }
        policy = workTreePolicy;
      } else {
        // a commit (--at, or a bare repository) is judged by the trellis.yml it holds
        long policyStart = System.nanoTime();
        policy =
            loader.loadCommitted(
                root, request.config(), repo.read(PolicyLoader.REPO_FILE).map(FileContent::text));
        stages.put("stage:policy", System.nanoTime() - policyStart);
      }
      return run(repo, policy, request.today(), request.modules(), stages, start);
    }
  }

  private static final String WARM_UP_MARKDOWN =
      "---\nstatus: accepted\n---\n# Title\n\n## Status\n\nSee [a](b.md).\n\n"
          + "- [ ] task\n- item\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n```\ncode\n```\n";

  /**
   * Runs the policy's enabled rules over an open repository, then the policy stage (policy
   * findings, waivers, accepted findings from the repository's {@code .trellis/accepted.json}).
   */
  public CheckResult run(Repo repo, EffectivePolicy policy, LocalDate today) {
    return run(repo, policy, today, List.of());
  }

  /** Runs the policy's enabled rules over an open repository whose build modules are known. */
  public CheckResult run(
      Repo repo, EffectivePolicy policy, LocalDate today, List<BuildModule> modules) {
    return run(repo, policy, today, modules, Map.of(), System.nanoTime());
  }

  private CheckResult run(
      Repo repo,
      EffectivePolicy policy,
      LocalDate today,
      List<BuildModule> modules,
      Map<String, Long> stages,
      long start) {
    long rulesStart = System.nanoTime();
    Map<String, AcceptedFindings.Entry> accepted = AcceptedFindings.read(repo);
    // the policy's files.exclude hides test fixtures, vendored and generated trees from every
    // rule; the build's output directories are hidden too
    Repo visible = ExcludedRepo.of(repo, excluded(policy, modules, repo));
    Signals signals = new Signals(visible, policy::section, modules);
    List<Rule> enabled = new ArrayList<>();
    for (RuleSetting setting : policy.rules().values()) {
      if (setting.level() == Level.OFF) {
        continue;
      }
      policy.catalog().rule(setting.ruleId()).ifPresent(enabled::add);
    }
    Map<String, Long> timings = new ConcurrentHashMap<>();
    List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
    // at least two threads even on one core: a rule waiting on a signal another rule is computing
    // must not hold up rules that need other signals
    int threads =
        Math.max(
            1, Math.min(enabled.size(), Math.max(2, Runtime.getRuntime().availableProcessors())));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "trellis-rule");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Rule rule : enabled) {
        futures.add(
            pool.submit(() -> runOne(rule, policy, visible, signals, today, findings, timings)));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        } catch (ExecutionException e) {
          // runOne catches everything a rule throws; this is a bug in the engine itself
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    PolicyStage.Staged staged = PolicyStage.apply(policy, accepted, List.copyOf(findings), today);
    List<Finding> sorted = new ArrayList<>(staged.findings());
    sorted.sort(Finding.ORDER);
    List<RuleInfo> infos = new ArrayList<>(enabled.stream().map(Rule::info).toList());
    // the policy/ checks are listed by the reports when they have findings (catalog metadata)
    if (sorted.stream().anyMatch(f -> f.ruleId().equals(RULE_FAILED))) {
      infos.add(RULE_FAILED_INFO);
    }
    infos.sort((a, b) -> a.id().compareTo(b.id()));
    signals.timings().forEach((name, nanos) -> timings.put("signal:" + name, nanos));
    timings.putAll(stages);
    timings.put("stage:rules", System.nanoTime() - rulesStart);
    timings.put("stage:total", System.nanoTime() - start);
    return new CheckResult(
        repo.root(), repo.describe(), today, policy, infos, sorted, timings, staged.outcome());
  }

  private static void runOne(
      Rule rule,
      EffectivePolicy policy,
      Repo repo,
      Signals signals,
      LocalDate today,
      List<Finding> findings,
      Map<String, Long> timings) {
    RuleInfo info = rule.info();
    RuleSetting setting = policy.rules().get(info.id());
    Level level = setting == null ? info.defaultLevel() : setting.level();
    Options options = Options.of(info, setting == null ? Map.of() : setting.options());
    List<Finding> mine = new ArrayList<>();
    RuleContext ctx =
        new RuleContext() {
          @Override
          public Repo repo() {
            return repo;
          }

          @Override
          public <T> T signal(Signal<T> signal) {
            return signals.signal(signal);
          }

          @Override
          public Options options() {
            return options;
          }

          @Override
          public List<String> teams() {
            return policy.teams();
          }

          @Override
          public LocalDate today() {
            return today;
          }

          @Override
          public void report(Problem problem) {
            synchronized (mine) {
              mine.add(toFinding(info, level, problem));
            }
          }
        };
    long start = System.nanoTime();
    try {
      rule.check(ctx);
      findings.addAll(mine);
    } catch (Throwable t) {
      findings.addAll(mine);
      findings.add(failed(info.id(), t));
    } finally {
      timings.put(info.id(), System.nanoTime() - start);
    }
  }

  private static String describe(Throwable t) {
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  /** Turns a rule's problem into a finding with its level and fingerprint. */
  public static Finding toFinding(RuleInfo info, Level level, Problem problem) {
    String path = problem.location().pathOrEmpty();
    String key = problem.key().orElseGet(() -> Fingerprints.keyFromMessage(problem.message()));
    return new Finding(
        info.id(),
        level,
        problem.message(),
        problem.location(),
        Fingerprints.of(info.id(), path, key),
        problem.hint().orElse(info.fix()),
        Finding.Status.OPEN,
        Optional.empty());
  }

  private static Finding failed(String ruleId, Throwable t) {
    String message =
        t instanceof Signals.SignalException se && se.getCause() != null
            ? "Rule '"
                + ruleId
                + "' could not run: the signal '"
                + se.signalName()
                + "' it reads failed with "
                + describe(se.getCause())
                + ". Its checks did not happen."
            : "Rule '"
                + ruleId
                + "' could not run: "
                + describe(t)
                + ". Its checks did not happen.";
    return new Finding(
        RULE_FAILED,
        Level.ERROR,
        message,
        Location.REPOSITORY,
        Fingerprints.of(RULE_FAILED, "", ruleId),
        RULE_FAILED_INFO.fix(),
        Finding.Status.OPEN,
        Optional.empty());
  }

  /** The globs of {@code files: { exclude: [...] }}, empty when the policy names none. */
  static List<String> excluded(EffectivePolicy policy) {
    Object value = policy.section("files").get("exclude");
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return value == null ? List.of() : List.of(String.valueOf(value));
  }

  /**
   * The policy's exclusions and the build's output directories that hold listed files (anchored,
   * everything below them). Source roots inside an output directory are generated sources ({@code
   * target/generated-sources/...}) and hide nothing; an output directory at or above a module's own
   * folder, or above a source root outside every output directory, stays visible.
   */
  static List<String> excluded(EffectivePolicy policy, List<BuildModule> modules, Repo repo) {
    List<String> globs = new ArrayList<>(excluded(policy));
    List<String> outputs = new ArrayList<>();
    for (BuildModule m : modules) {
      for (String out : m.outputDirectories()) {
        String dir = out.replaceAll("^/+|/+$", "");
        if (!dir.isEmpty() && !isAtOrBelow(m.path(), dir) && repo.isDirectory(dir)) {
          outputs.add(dir);
        }
      }
    }
    if (outputs.isEmpty()) {
      return globs;
    }
    List<String> sources =
        modules.stream()
            .flatMap(m -> m.sourceRoots().stream())
            .filter(src -> outputs.stream().noneMatch(out -> isAtOrBelow(src, out)))
            .toList();
    for (String dir : outputs) {
      if (sources.stream().noneMatch(src -> isAtOrBelow(src, dir))) {
        // the directory's name is literal: escape what a glob would read as a wildcard
        globs.add("/" + dir.replaceAll("([*?\\\\])", "\\\\$1") + "/**");
      }
    }
    return globs;
  }

  /** Whether {@code path} is {@code dir} or below it (both repo-relative, "" for the root). */
  private static boolean isAtOrBelow(String path, String dir) {
    return dir.isEmpty() || path.equals(dir) || path.startsWith(dir + "/");
  }
}
