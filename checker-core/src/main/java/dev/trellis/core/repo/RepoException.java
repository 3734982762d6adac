package dev.trellis.core.repo;

/**
 * The repository cannot be opened as asked (not a directory, unknown revision, ...). User-facing.
 */
public final class RepoException extends RuntimeException {
  public RepoException(String message) {
    super(message);
  }

  public RepoException(String message, Throwable cause) {
    super(message, cause);
  }
}
