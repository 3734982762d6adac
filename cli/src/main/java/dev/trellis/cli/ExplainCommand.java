package dev.trellis.cli;

import dev.trellis.core.policy.RuleCatalog;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.RuleInfo;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  @Option(names = "--rules-path", description = "A jar with custom rules. Repeatable.")
  List<Path> rulesPath = new ArrayList<>();

  @Override
  public Integer call() {
    RuleCatalog catalog = RuleCatalog.load(RulesLoader.of(rulesPath));
    RuleInfo info =
        catalog
            .rule(ruleId)
            .map(r -> r.info())
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
    out.flush();
    return ExitCodes.CLEAN;
  }
}
