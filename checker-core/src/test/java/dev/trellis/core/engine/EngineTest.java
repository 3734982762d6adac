package dev.trellis.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.policy.EffectivePolicy;
import dev.trellis.core.policy.Provenance;
import dev.trellis.core.policy.RuleCatalog;
import dev.trellis.core.policy.RuleSetting;
import dev.trellis.core.repo.Repo;
import dev.trellis.core.repo.Repos;
import dev.trellis.core.rule.Finding;
import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.Signal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {
  private static final LocalDate TODAY = LocalDate.parse("2026-11-27");
  private static final AtomicInteger SIGNAL_RUNS = new AtomicInteger();
  private static final Signal<List<String>> FILES =
      Signal.of(
          "test-files",
          ctx -> {
            SIGNAL_RUNS.incrementAndGet();
            return ctx.repo().files();
          });
  private static final Signal<String> BROKEN =
      Signal.of(
          "test-broken",
          ctx -> {
            throw new IllegalStateException("the index is corrupt");
          });

  @TempDir Path dir;

  @BeforeEach
  void files() throws Exception {
    Files.writeString(dir.resolve("b.md"), "b\n");
    Files.writeString(dir.resolve("a.md"), "a\n");
    SIGNAL_RUNS.set(0);
  }

  /** A rule made of a lambda, for engine tests only. */
  private record TestRule(RuleInfo info, Consumer<RuleContext> body) implements Rule {
    static TestRule of(String id, Consumer<RuleContext> body) {
      return new TestRule(
          RuleInfo.builder(id)
              .title("Test rule " + id)
              .rationale("Exercises the engine.")
              .defaultLevel(Level.ERROR)
              .fix("Nothing to fix.")
              .build(),
          body);
    }

    @Override
    public void check(RuleContext ctx) {
      body.accept(ctx);
    }
  }

  private CheckResult run(Rule... rules) {
    Map<String, RuleSetting> settings = new LinkedHashMap<>();
    for (Rule r : rules) {
      settings.put(
          r.info().id(),
          new RuleSetting(
              r.info().id(),
              Level.ERROR,
              new Provenance("trellis.yml", 1, ""),
              Map.of(),
              Map.of()));
    }
    EffectivePolicy policy =
        new EffectivePolicy(
            List.of(),
            Optional.empty(),
            settings,
            List.of(),
            Map.of(),
            List.of(),
            RuleCatalog.of(List.of(rules)));
    try (Repo repo = Repos.open(dir, Optional.empty())) {
      return new Engine().run(repo, policy, TODAY);
    }
  }

  private static List<String> lines(CheckResult result) {
    List<String> out = new ArrayList<>();
    for (Finding f : result.findings()) {
      out.add(f.ruleId() + " " + f.location().pathOrEmpty() + " " + f.message());
    }
    return out;
  }

  @Test
  void aRuleThatThrowsBecomesARuleFailedFindingWhileTheOthersRun() {
    CheckResult result =
        run(
            TestRule.of(
                "test/crashes",
                ctx -> {
                  ctx.report(Problem.inFile("a.md", "reported before the crash"));
                  throw new IllegalArgumentException("option 'min' was negative");
                }),
            TestRule.of("test/works", ctx -> ctx.report(Problem.inFile("b.md", "b is wrong"))));

    assertThat(lines(result))
        .containsExactly(
            "engine/rule-failed  Rule 'test/crashes' could not run:"
                + " IllegalArgumentException: option 'min' was negative."
                + " Its checks did not happen.",
            "test/crashes a.md reported before the crash",
            "test/works b.md b is wrong");
    Finding failed = result.findings().get(0);
    assertThat(failed.level()).isEqualTo(Level.ERROR);
    assertThat(failed.hint())
        .isEqualTo("Run with --debug for the stack trace and report it to the rule's authors.");
    assertThat(result.rules())
        .extracting(RuleInfo::id)
        .containsExactly("engine/rule-failed", "test/crashes", "test/works");
  }

  @Test
  void aFailingSignalFailsOnlyTheRulesThatReadIt() {
    CheckResult result =
        run(
            TestRule.of("test/reads-broken-1", ctx -> ctx.signal(BROKEN)),
            TestRule.of("test/reads-broken-2", ctx -> ctx.signal(BROKEN)),
            TestRule.of(
                "test/reads-files",
                ctx -> ctx.signal(FILES).forEach(p -> ctx.report(Problem.inFile(p, "seen " + p)))));

    assertThat(lines(result))
        .containsExactly(
            "engine/rule-failed  Rule 'test/reads-broken-1' could not run: the signal"
                + " 'test-broken' it reads failed with IllegalStateException: the index"
                + " is corrupt. Its checks did not happen.",
            "engine/rule-failed  Rule 'test/reads-broken-2' could not run: the signal"
                + " 'test-broken' it reads failed with IllegalStateException: the index"
                + " is corrupt. Its checks did not happen.",
            "test/reads-files a.md seen a.md",
            "test/reads-files b.md seen b.md");
  }

  @Test
  void aSignalIsComputedOnceHoweverManyRulesReadIt() {
    List<Rule> rules = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      rules.add(TestRule.of("test/reader-" + i, ctx -> ctx.signal(FILES)));
    }
    run(rules.toArray(Rule[]::new));

    assertThat(SIGNAL_RUNS).hasValue(1);
  }

  @Test
  void outputIsSortedByLocationThenLineThenRuleWhateverOrderTheRulesReportIn() {
    Rule late =
        TestRule.of(
            "test/a-late",
            ctx -> {
              ctx.report(Problem.at("b.md", 3, "third line of b"));
              ctx.report(Problem.inRepository("about the repository"));
              ctx.report(Problem.at("b.md", 1, "first line of b"));
              ctx.report(Problem.at("a.md", 9, "a"));
            });
    Rule early = TestRule.of("test/b-early", ctx -> ctx.report(Problem.at("a.md", 1, "early")));

    List<String> first = lines(run(late, early));
    for (int i = 0; i < 5; i++) {
      assertThat(lines(run(early, late))).isEqualTo(first);
    }
    assertThat(first)
        .containsExactly(
            "test/a-late  about the repository",
            "test/b-early a.md early",
            "test/a-late a.md a",
            "test/a-late b.md first line of b",
            "test/a-late b.md third line of b");
  }

  @Test
  void timingsNameEveryRuleAndEverySignalComputed() {
    CheckResult result =
        run(
            TestRule.of("test/one", ctx -> ctx.signal(FILES)),
            TestRule.of("test/two", ctx -> ctx.signal(FILES)));

    assertThat(result.timings())
        .containsOnlyKeys(
            "test/one", "test/two", "signal:test-files", "stage:rules", "stage:total");
    assertThat(result.timings().values()).allSatisfy(nanos -> assertThat(nanos).isNotNegative());
  }

  @Test
  void rulesRunInParallel() {
    // each rule waits until the other has started: only a parallel engine lets both pass
    CyclicBarrier bothStarted = new CyclicBarrier(2);
    Consumer<RuleContext> meet =
        ctx -> {
          try {
            bothStarted.await(10, TimeUnit.SECONDS);
            ctx.report(Problem.inRepository("met the other rule"));
          } catch (Exception e) {
            throw new IllegalStateException("the other rule never started", e);
          }
        };

    CheckResult result = run(TestRule.of("test/left", meet), TestRule.of("test/right", meet));

    assertThat(lines(result))
        .containsExactly("test/left  met the other rule", "test/right  met the other rule");
  }
}
