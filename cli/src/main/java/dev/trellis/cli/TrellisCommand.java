package dev.trellis.cli;

import dev.trellis.core.policy.ConfigException;
import dev.trellis.core.policy.ConfigProblem;
import dev.trellis.core.repo.RepoException;
import dev.trellis.core.report.ReportException;
import java.io.PrintWriter;
import java.util.ServiceConfigurationError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; its subcommands do the work. */
@Command(
    name = "trellis",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Checks that a repository keeps the engineering standards its organisation agreed on.",
    subcommands = {
      CheckCommand.class,
      RulesCommand.class,
      ExplainCommand.class,
      AcceptCommand.class,
      InitCommand.class,
      OwnersCommand.class,
      AdrCommand.class,
      CommandLine.HelpCommand.class
    })
public final class TrellisCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A command line with Trellis's exit codes and error handling, on the console. */
  public static CommandLine commandLine() {
    return configure(new CommandLine(new TrellisCommand()));
  }

  /** The same, writing to {@code out} and {@code err} (tests, embedding). */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = configure(new CommandLine(new TrellisCommand()));
    cl.setOut(out);
    cl.setErr(err);
    return cl;
  }

  private static CommandLine configure(CommandLine cl) {
    // picocli hands only Exceptions to the handler below; an Error (a rule jar compiled for a newer
    // Java, a broken service file, a stack overflow in a rule's constructor) must also end in a
    // message and exit 3, not a stack trace and exit 1
    cl.setExecutionStrategy(
        parseResult -> {
          try {
            return new CommandLine.RunLast().execute(parseResult);
          } catch (Error e) {
            throw new CommandLine.ExecutionException(
                parseResult.subcommand() != null
                    ? parseResult.subcommand().commandSpec().commandLine()
                    : parseResult.commandSpec().commandLine(),
                String.valueOf(e.getMessage()),
                e);
          }
        });
    cl.setExitCodeExceptionMapper(
        e ->
            e instanceof ConfigException
                    || e instanceof RepoException
                    || e instanceof UsageException
                    || e instanceof ReportException
                ? ExitCodes.USAGE
                : ExitCodes.INTERNAL);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println("trellis: " + ex.getMessage());
          err.println(
              "Run '"
                  + ex.getCommandLine().getCommandSpec().qualifiedName()
                  + " --help' for usage.");
          return ExitCodes.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (thrown, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          Throwable ex =
              thrown instanceof CommandLine.ExecutionException && thrown.getCause() != null
                  ? thrown.getCause()
                  : thrown;
          boolean debug = parseResult.originalArgs().contains("--debug");
          if (ex instanceof ConfigException ce) {
            err.println(
                "trellis: the policy has "
                    + ce.problems().size()
                    + " problem"
                    + (ce.problems().size() == 1 ? "" : "s")
                    + ":");
            for (ConfigProblem p : ce.problems()) {
              err.println("  " + p);
            }
            return ExitCodes.USAGE;
          }
          if (ex instanceof RepoException
              || ex instanceof UsageException
              || ex instanceof ReportException) {
            err.println("trellis: " + ex.getMessage());
            return ExitCodes.USAGE;
          }
          if (ex instanceof ServiceConfigurationError) {
            err.println(
                "trellis: a rule jar cannot be loaded: "
                    + ex.getMessage()
                    + ". Check the jars given with --rules-path.");
            return ExitCodes.USAGE;
          }
          err.println("trellis: internal error: " + ex);
          err.flush();
          if (debug) {
            ex.printStackTrace(err);
          } else {
            err.println("Run again with --debug for the stack trace, and report it.");
          }
          return ExitCodes.INTERNAL;
        });
    return cl;
  }
}
