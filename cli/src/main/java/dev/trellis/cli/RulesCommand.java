package dev.trellis.cli;

import dev.trellis.core.policy.RuleCatalog;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleInfo;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trellis rules}: lists every rule known, built-in and custom. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "List the rules Trellis knows.")
public final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--rules-path", description = "A jar with custom rules. Repeatable.")
  List<Path> rulesPath = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RuleCatalog catalog = RuleCatalog.load(RulesLoader.of(rulesPath));
    for (Rule rule : catalog.all()) {
      RuleInfo info = rule.info();
      out.printf("%-36s %-5s %s%n", info.id(), info.defaultLevel().id(), info.title());
    }
    out.flush();
    return ExitCodes.CLEAN;
  }
}
