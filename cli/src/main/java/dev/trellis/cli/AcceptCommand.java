package dev.trellis.cli;

import dev.trellis.core.engine.CheckRequest;
import dev.trellis.core.engine.CheckResult;
import dev.trellis.core.engine.Engine;
import dev.trellis.core.policy.AcceptedFindings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * {@code trellis accept [DIR]}: records the current findings in {@code .trellis/accepted.json}, so
 * that later runs report them as accepted and fail only on new ones.
 */
@Command(
    name = "accept",
    mixinStandardHelpOptions = true,
    description = {
      "Accept the current findings: write their fingerprints to .trellis/accepted.json.",
      "Later runs report them as accepted and fail only on new ones; entries that no longer"
          + " match a finding are dropped."
    })
public final class AcceptCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = ".",
      description = "The repository (default: the current directory).")
  Path directory;

  @Option(
      names = {"-c", "--config"},
      description = "The policy file (default: trellis.yml at the repository root).")
  Path config;

  @Option(names = "--rules-path", description = "A jar with custom rules or baselines. Repeatable.")
  List<Path> rulesPath = new ArrayList<>();

  @Option(
      names = "--cache-dir",
      description = "Where git baselines are cached (default: $XDG_CACHE_HOME/trellis).")
  Path cacheDir;

  @Option(names = "--today", hidden = true, description = "The date of the run (tests).")
  LocalDate today;

  @Override
  public Integer call() throws IOException {
    Path root = directory.toAbsolutePath().normalize();
    CheckRequest request =
        new CheckRequest(
                root,
                Optional.ofNullable(config),
                Optional.empty(),
                RulesLoader.of(rulesPath),
                today,
                null)
            .withCacheDir(cacheDir);
    CheckResult result = new Engine().check(request);
    AcceptedFindings.Written w =
        AcceptedFindings.write(root, result.findings(), AcceptedFindings.readFile(root));
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "trellis: accepted "
            + w.total()
            + " finding"
            + (w.total() == 1 ? "" : "s")
            + " in "
            + AcceptedFindings.PATH
            + " ("
            + w.added()
            + " new, "
            + w.dropped()
            + " fixed and dropped). Commit the file; later runs fail only on new findings.");
    out.flush();
    return ExitCodes.CLEAN;
  }
}
