package dev.trellis.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.policy.EffectivePolicy;
import dev.trellis.core.policy.Provenance;
import dev.trellis.core.policy.RuleCatalog;
import dev.trellis.core.policy.RuleSetting;
import dev.trellis.core.repo.BuildModule;
import dev.trellis.core.repo.Repo;
import dev.trellis.core.repo.Repos;
import dev.trellis.core.rule.Finding;
import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.Signal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineModulesTest {
  static final Signal<List<BuildModule>> MODULES = Signal.of("modules", ctx -> ctx.modules());

  /** Reports one finding per module the signals were given, naming its source roots. */
  static final class ModulesRule implements Rule {
    private static final RuleInfo INFO =
        RuleInfo.builder("test/modules")
            .title("Lists modules")
            .rationale("Shows what the build handed over.")
            .defaultLevel(Level.INFO)
            .fix("Nothing to fix.")
            .build();

    @Override
    public RuleInfo info() {
      return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
      for (BuildModule m : ctx.signal(MODULES)) {
        ctx.report(Problem.inRepository(m.name() + " at '" + m.path() + "': " + m.sourceRoots()));
      }
    }
  }

  private static EffectivePolicy policy() {
    return policyOf(new ModulesRule());
  }

  /** A policy enabling {@code rule} alone, at info. */
  private static EffectivePolicy policyOf(Rule rule) {
    String id = rule.info().id();
    return new EffectivePolicy(
        List.of(),
        Optional.empty(),
        Map.of(
            id,
            new RuleSetting(
                id, Level.INFO, new Provenance("trellis.yml", 1, "test"), Map.of(), Map.of())),
        List.of(),
        Map.of(),
        List.of(),
        RuleCatalog.of(List.of(rule)));
  }

  @Test
  void theBuildsModulesReachEverySignal(@TempDir Path dir) {
    List<BuildModule> modules =
        List.of(
            new BuildModule("", "com.acme:parent", List.of()),
            new BuildModule("api", "com.acme:api", List.of("api/src/main/java")));
    try (Repo repo = Repos.open(dir, Optional.empty())) {
      CheckResult result = new Engine().run(repo, policy(), LocalDate.of(2026, 1, 1), modules);
      assertThat(result.findings())
          .extracting(Finding::message)
          .containsExactly(
              "com.acme:api at 'api': [api/src/main/java]", "com.acme:parent at '': []");
    }
  }

  @Test
  void withoutABuildToolSignalsSeeNoModules(@TempDir Path dir) {
    try (Repo repo = Repos.open(dir, Optional.empty())) {
      CheckResult result = new Engine().run(repo, policy(), LocalDate.of(2026, 1, 1));
      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void requestsKeepTheirModulesThroughEveryWither(@TempDir Path dir) {
    List<BuildModule> modules = List.of(new BuildModule("", "com.acme:app", List.of("src")));
    CheckRequest request =
        CheckRequest.of(dir).withModules(modules).withAt("HEAD").withToday(LocalDate.MIN);
    assertThat(request.modules()).isEqualTo(modules);
    assertThat(CheckRequest.of(dir).modules()).isEmpty();
  }

  /** Reports every file it sees. */
  static final Rule FILES_RULE =
      new Rule() {
        private final RuleInfo info =
            RuleInfo.builder("test/files")
                .title("Lists files")
                .rationale("Shows what rules see.")
                .defaultLevel(Level.INFO)
                .fix("Nothing to fix.")
                .build();

        @Override
        public RuleInfo info() {
          return info;
        }

        @Override
        public void check(RuleContext ctx) {
          ctx.repo().files().forEach(f -> ctx.report(Problem.inRepository(f)));
        }
      };

  @Test
  void theBuildsOutputIsHiddenFromRulesEvenWithoutAGitignore(@TempDir Path dir) throws Exception {
    for (String f :
        List.of(
            "pom.xml",
            "target/classes/App.class",
            "api/src/main/java/Api.java",
            "api/target/api.jar",
            "api/target/generated-sources/annotations/Gen.java",
            "gen/src/Gen.java",
            "tools/build/notes.txt",
            "odd/out*/x.class",
            "odd/outside/y.txt")) {
      java.nio.file.Files.createDirectories(dir.resolve(f).getParent());
      java.nio.file.Files.writeString(dir.resolve(f), "x");
    }
    List<BuildModule> modules =
        List.of(
            new BuildModule("", "com.acme:parent", List.of(), List.of("target")),
            // by verify, the compiler has added its generated-sources folder to the source roots
            new BuildModule(
                "api",
                "com.acme:api",
                List.of("api/src/main/java", "api/target/generated-sources/annotations"),
                List.of("api/target")),
            // an output directory holding sources (generated code checked in) stays visible
            new BuildModule("gen", "com.acme:gen", List.of("gen/src"), List.of("gen")),
            // a directory name is literal, not a glob: 'out*' hides itself, not 'outside'
            new BuildModule("odd", "com.acme:odd", List.of(), List.of("odd/out*")));
    try (Repo repo = Repos.open(dir, Optional.empty())) {
      CheckResult result =
          new Engine().run(repo, policyOf(FILES_RULE), LocalDate.of(2026, 1, 1), modules);
      assertThat(result.findings())
          .extracting(Finding::message)
          .containsExactly(
              "api/src/main/java/Api.java",
              "gen/src/Gen.java",
              "odd/outside/y.txt",
              "pom.xml",
              "tools/build/notes.txt");
    }
  }
}
