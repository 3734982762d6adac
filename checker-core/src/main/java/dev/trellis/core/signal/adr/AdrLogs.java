package dev.trellis.core.signal.adr;

import java.util.List;
import java.util.Optional;

/**
 * The ADR signal's value: every decision log of the repository, and whether git history could date
 * the records.
 *
 * @param logs the logs found, in the order they were found
 * @param history whether first-appearance dates are available, and why not
 * @param problems configuration that points nowhere ({@code .adr-dir} naming a missing folder, a
 *     malformed {@code .log4brains.yml}), each with file and line
 */
public record AdrLogs(List<AdrLog> logs, History history, List<Problem> problems) {

  public AdrLogs {
    logs = List.copyOf(logs);
    problems = List.copyOf(problems);
  }

  /** Whether record dates from git history could be read. */
  public enum History {
    AVAILABLE,
    /** The directory is not a git repository. */
    NOT_GIT,
    /** A shallow clone: the first commit of a file cannot be known. */
    SHALLOW,
    /** A repository without commits. */
    NO_COMMITS,
    /** Reading history failed (a damaged repository). */
    FAILED;

    /** Why history is unavailable, for messages. */
    public String describe() {
      return switch (this) {
        case AVAILABLE -> "available";
        case NOT_GIT -> "not a git repository";
        case SHALLOW -> "a shallow clone";
        case NO_COMMITS -> "no commits yet";
        case FAILED -> "git history could not be read";
      };
    }
  }

  /** A problem with the configuration that locates logs. */
  public record Problem(String path, int line, String message) {}

  /** Every record of every log. */
  public List<AdrRecord> records() {
    return logs.stream().flatMap(l -> l.records().stream()).toList();
  }

  /** The log holding the record at {@code path}. */
  public Optional<AdrLog> logOf(String path) {
    return logs.stream().filter(l -> l.record(path).isPresent()).findFirst();
  }
}
