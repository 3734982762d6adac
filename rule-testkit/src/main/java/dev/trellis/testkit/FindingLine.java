package dev.trellis.testkit;

import dev.trellis.core.rule.Finding;

/**
 * A reported finding reduced to what fixtures compare: place, rule and message.
 *
 * @param path repo-relative path, empty for the repository
 * @param line 1-based line, 0 when the finding has none
 * @param ruleId the reporting rule
 * @param message the full message
 */
public record FindingLine(String path, int line, String ruleId, String message) {

  static FindingLine of(Finding finding) {
    return new FindingLine(
        finding.location().pathOrEmpty(),
        finding.location().lineOrZero(),
        finding.ruleId(),
        finding.message());
  }

  /** {@code path:line rule message}. */
  public String describe() {
    return place(path, line) + " " + ruleId + " " + message;
  }

  static String place(String path, int line) {
    if (path.isEmpty()) {
      return "(repository)";
    }
    return line > 0 ? path + ":" + line : path;
  }
}
