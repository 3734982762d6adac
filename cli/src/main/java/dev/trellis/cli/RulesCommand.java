package dev.trellis.cli;

import dev.trellis.core.docs.RuleDocs;
import dev.trellis.core.policy.RuleCatalog;
import dev.trellis.core.rule.RuleInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code trellis rules}: lists every rule known, built-in and custom, as text or Markdown, or
 * writes one documentation page per rule.
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "List the rules Trellis knows, or write their documentation pages.")
public final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--rules-path", description = "A jar with custom rules. Repeatable.")
  List<Path> rulesPath = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      description = "text (default) or markdown (the index of the rule documentation).",
      defaultValue = "text")
  String format;

  @Option(
      names = "--docs",
      paramLabel = "DIR",
      description =
          "Write a Markdown page per rule (DIR/<area>/<name>.md) and an index (DIR/README.md),"
              + " generated from the rules' metadata; pages of rules that no longer exist are"
              + " deleted.")
  Path docs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RuleCatalog catalog = RuleCatalog.load(RulesLoader.of(rulesPath));
    List<RuleInfo> infos = catalog.infos();
    if (docs != null) {
      try {
        List<String> changed = RuleDocs.write(docs, infos);
        out.println(
            changed.isEmpty()
                ? "The rule documentation in " + docs + " is up to date."
                : String.join(System.lineSeparator(), changed));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the rule documentation to " + docs, e);
      }
    } else if (format.equals("markdown")) {
      out.print(RuleDocs.index(infos));
    } else if (format.equals("text")) {
      for (RuleInfo info : infos) {
        out.printf("%-36s %-5s %s%n", info.id(), info.defaultLevel().id(), info.title());
      }
    } else {
      throw new UsageException(
          "unknown format '" + format + "' for trellis rules. Use text or markdown.");
    }
    out.flush();
    return ExitCodes.CLEAN;
  }
}
