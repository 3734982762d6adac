package dev.trellis.cli;

import dev.trellis.core.repo.Repo;
import dev.trellis.core.repo.Repos;
import dev.trellis.core.signal.codeowners.OwnersQuery;
import java.io.BufferedWriter;
import java.io.IOException;
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

/** {@code trellis owners}: who owns each path, by the repository's CODEOWNERS. */
@Command(
    name = "owners",
    mixinStandardHelpOptions = true,
    description = {
      "Print the code owners of each PATH, one line a path: PATH<TAB>OWNER OWNER...",
      "Nothing follows the tab when a path has no owner. With --unowned, print every tracked"
          + " file that has no owner (below the PATHs, when given)."
    })
public final class OwnersCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--repo",
      defaultValue = ".",
      description = "The repository (default: the current directory).")
  Path repo;

  @Option(names = "--unowned", description = "List every file without an owner.")
  boolean unowned;

  @Option(names = "--json", description = "Print JSON instead of tab-separated lines.")
  boolean json;

  @Option(names = "--debug", description = "Show stack traces for internal errors.")
  boolean debug;

  @Parameters(paramLabel = "PATH", description = "Paths relative to the repository root.")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (!unowned && paths.isEmpty()) {
      throw new UsageException("give one or more PATHs, or --unowned.");
    }
    try (Repo r = Repos.openTracked(repo)) {
      OwnersQuery query =
          OwnersQuery.of(r, OwnersQuery.settings(r.root(), OwnersCommand.class.getClassLoader()));
      List<OwnersQuery.Answer> answers = unowned ? query.unowned(paths) : query.lookup(paths);
      PrintWriter out = spec.commandLine().getOut();
      BufferedWriter w = new BufferedWriter(out, 1 << 16);
      if (json) {
        query.writeJson(answers, w);
      } else {
        OwnersQuery.writeText(answers, w);
      }
      w.flush();
      out.flush();
    }
    return ExitCodes.CLEAN;
  }
}
