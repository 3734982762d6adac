package dev.trellis.core.signal;

import java.util.Objects;

/**
 * Something a signal's parser could not accept in a repository file, kept as part of the signal's
 * value ("what was understood + the problems found") for a rule to report.
 *
 * @param path repo-relative path
 * @param line 1-based line, 0 when unknown
 * @param message what is wrong, in plain words, without the path
 * @param hint what to change
 */
public record SourceProblem(String path, int line, String message, String hint) {
  public SourceProblem {
    Objects.requireNonNull(path);
    Objects.requireNonNull(message);
    hint = hint == null ? "" : hint;
  }
}
