package dev.trellis.cli;

/**
 * The {@code trellis} command line. Exit codes: 0 clean, 1 findings, 2 usage or configuration, 3
 * internal error.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (for tests). */
  public static int run(String... args) {
    return TrellisCommand.commandLine().execute(args);
  }
}
