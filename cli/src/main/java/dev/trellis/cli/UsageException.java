package dev.trellis.cli;

/**
 * A mistake on the command line that picocli cannot see (a bad combination, a missing file). Exit
 * 2.
 */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
