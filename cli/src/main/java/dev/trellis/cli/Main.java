package dev.trellis.cli;

import java.io.PrintWriter;

/**
 * The {@code trellis} command line. Exit codes: 0 clean, 1 findings, 2 usage or configuration, 3
 * internal error.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line on the console and returns its exit code. */
  public static int run(String... args) {
    return TrellisCommand.commandLine().execute(args);
  }

  /** Runs a command line writing to {@code out} and {@code err}, and returns its exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return TrellisCommand.commandLine(out, err).execute(args);
  }
}
