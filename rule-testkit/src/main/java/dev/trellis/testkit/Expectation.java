package dev.trellis.testkit;

import java.util.Optional;

/**
 * One finding a fixture expects.
 *
 * @param path repo-relative path, empty for the repository as a whole
 * @param line 1-based line, 0 for a finding about the whole file (or the repository)
 * @param ruleId the rule that must report it
 * @param fragment text the message must contain, when the expectation quotes one
 * @param source where the expectation is written ({@code CODEOWNERS:3}, {@code expected.txt:2})
 */
public record Expectation(
    String path, int line, String ruleId, Optional<String> fragment, String source) {

  /** {@code path:line rule 'fragment'}, as {@code expected.txt} spells it. */
  public String describe() {
    return FindingLine.place(path, line)
        + " "
        + ruleId
        + fragment.map(f -> " '" + f + "'").orElse("");
  }

  boolean matches(FindingLine finding) {
    return finding.path().equals(path)
        && finding.line() == line
        && finding.ruleId().equals(ruleId)
        && fragment.map(f -> finding.message().contains(f)).orElse(true);
  }
}
