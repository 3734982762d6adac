package dev.trellis.core.signal.codeowners;

import java.util.Optional;

/**
 * A line of CODEOWNERS the platform rejects or reports.
 *
 * @param line 1-based line
 * @param column 1-based column of the offending text
 * @param kind the platform's name for the error: GitHub's {@code Invalid pattern} or {@code Invalid
 *     owner} (as its API lists them), GitLab's native names such as {@code invalid_section_format}
 * @param reason what is wrong, in the platform's words where it has them
 * @param suggestion the platform's suggestion, when it gives one
 * @param fix what to change
 * @param source the line as written
 * @param skipsLine whether the platform ignores the whole line because of it
 */
public record SyntaxError(
    int line,
    int column,
    String kind,
    String reason,
    Optional<String> suggestion,
    String fix,
    String source,
    boolean skipsLine) {}
