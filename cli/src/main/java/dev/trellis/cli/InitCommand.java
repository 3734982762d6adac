package dev.trellis.cli;

import dev.trellis.core.scaffold.Scaffold;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trellis init}: scaffolds trellis.yml and the standards files a repository lacks. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description =
        "Write trellis.yml and starting points for the standards this repository lacks. Never overwrites.")
public final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = ".",
      description = "The repository (default: the current directory).")
  Path directory;

  @Option(
      names = "--baseline",
      description = "The baseline trellis.yml extends, e.g. classpath:acme/baseline.yml.")
  String baseline;

  @Option(names = "--owner", description = "The team that owns the code, e.g. @acme/payments.")
  String owner;

  @Option(
      names = "--adr-format",
      defaultValue = "nygard",
      description = "nygard or madr (default: ${DEFAULT-VALUE}).")
  String adrFormat;

  @Option(names = "--dry-run", description = "List what would be written, write nothing.")
  boolean dryRun;

  @Option(names = "--today", hidden = true)
  LocalDate today;

  @Override
  public Integer call() throws IOException {
    if (!adrFormat.equalsIgnoreCase("nygard") && !adrFormat.equalsIgnoreCase("madr")) {
      throw new UsageException("--adr-format takes nygard or madr, not '" + adrFormat + "'.");
    }
    if (owner != null && !owner.startsWith("@") && !owner.contains("@")) {
      throw new UsageException(
          "--owner takes @user, @org/team or an email address, not '" + owner + "'.");
    }
    Scaffold.Options options =
        new Scaffold.Options(
            Optional.ofNullable(baseline), Optional.ofNullable(owner), adrFormat, today);
    PrintWriter out = spec.commandLine().getOut();
    Scaffold.Outcome done = Scaffold.init(directory, options, dryRun);
    for (Scaffold.Planned f : done.kept()) {
      out.println("  kept   " + f.path() + " (" + f.why() + " exists)");
    }
    for (Scaffold.Planned f : done.written()) {
      out.println((dryRun ? "  would write " : "  wrote  ") + f.path() + " (" + f.why() + ")");
    }
    for (String note : done.plan().notes()) {
      out.println("note: " + note);
    }
    if (!dryRun) {
      out.println("Next: run 'trellis check " + directory + "' and commit the files.");
    }
    out.flush();
    return ExitCodes.CLEAN;
  }
}
