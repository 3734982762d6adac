package dev.trellis.cli;

import dev.trellis.core.policy.EffectivePolicy;
import dev.trellis.core.policy.GitBaselines;
import dev.trellis.core.policy.PolicyExplanation;
import dev.trellis.core.policy.PolicyLoader;
import dev.trellis.core.policy.RuleCatalog;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.RuleInfo;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code trellis explain RULE}: what a rule checks, why, its options and how to fix its findings.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Explain a rule.")
public final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", description = "The rule id, for example codeowners/coverage.")
  String ruleId;

  @Parameters(
      index = "1",
      arity = "0..1",
      description =
          "A repository: also show how its effective policy sets the rule, and where each value"
              + " comes from.")
  Path directory;

  @Option(
      names = {"-c", "--config"},
      description = "With DIR: the policy file (default: trellis.yml at the repository root).")
  Path config;

  @Option(names = "--rules-path", description = "A jar with custom rules. Repeatable.")
  List<Path> rulesPath = new ArrayList<>();

  @Option(
      names = "--cache-dir",
      description = "Where git baselines are cached (default: $XDG_CACHE_HOME/trellis).")
  Path cacheDir;

  @Override
  public Integer call() {
    ClassLoader loader = RulesLoader.of(rulesPath);
    RuleCatalog builtIn = RuleCatalog.load(loader);
    Optional<EffectivePolicy> policy = Optional.empty();
    if (directory != null) {
      GitBaselines git =
          new GitBaselines(cacheDir != null ? cacheDir : GitBaselines.defaultCacheDir());
      policy =
          Optional.of(
              new PolicyLoader(loader, builtIn, git)
                  .load(directory.toAbsolutePath().normalize(), Optional.ofNullable(config)));
    }
    // with a repository, its declarative rules can be explained too
    RuleCatalog catalog = policy.map(EffectivePolicy::catalog).orElse(builtIn);
    RuleInfo info =
        catalog
            .info(ruleId)
            .orElseThrow(
                () ->
                    new UsageException(
                        "unknown rule '"
                            + ruleId
                            + "'. "
                            + dev.trellis.core.policy.Suggest.didYouMean(ruleId, catalog.ids())));
    PrintWriter out = spec.commandLine().getOut();
    out.println(info.id() + " - " + info.title());
    out.println();
    out.println("Why: " + info.rationale());
    out.println("Default level: " + info.defaultLevel().id());
    if (!info.options().isEmpty()) {
      out.println("Options:");
      for (OptionSpec o : info.options()) {
        out.println(
            "  "
                + o.name()
                + " ("
                + o.type().id()
                + ", default "
                + o.defaultValue()
                + "): "
                + o.description());
      }
    }
    out.println("Fix: " + info.fix());
    if (!info.aliases().isEmpty()) {
      out.println("Also known as: " + String.join(", ", info.aliases()));
    }
    if (policy.isPresent()) {
      EffectivePolicy effective = policy.get();
      out.println();
      out.println(
          "In "
              + directory
              + " ("
              + effective.repoFile().orElse("no " + PolicyLoader.REPO_FILE)
              + ", following "
              + effective.baselines().stream()
                  .map(Object::toString)
                  .collect(java.util.stream.Collectors.joining(", "))
              + "):");
      for (String line : PolicyExplanation.lines(effective, info)) {
        out.println("  " + line);
      }
    }
    out.flush();
    return ExitCodes.CLEAN;
  }
}
