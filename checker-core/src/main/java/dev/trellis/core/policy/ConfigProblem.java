package dev.trellis.core.policy;

/**
 * A mistake in a policy file, for a person to fix: where, what, and a hint.
 *
 * @param file the file as the user knows it ({@code trellis.yml}, {@code
 *     classpath:acme/baseline.yml})
 * @param line 1-based, 0 when unknown
 * @param message what was expected and what was found
 * @param hint what to do, possibly empty
 */
public record ConfigProblem(String file, int line, String message, String hint) {
  @Override
  public String toString() {
    return file
        + (line > 0 ? ":" + line : "")
        + ": "
        + message
        + (hint.isEmpty() ? "" : " " + hint);
  }
}
