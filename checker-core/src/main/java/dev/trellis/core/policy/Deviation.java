package dev.trellis.core.policy;

import java.util.Optional;

/**
 * One setting where the repository's own policy file weakens its baseline: a rule turned off, a
 * lower level, or an option moved in its looser direction ({@link
 * dev.trellis.core.rule.OptionSpec.Looser}). Strengthening a rule is never a deviation.
 *
 * @param ruleId the rule
 * @param setting {@code level}, or the option's name
 * @param baselineValue the value the baseline sets
 * @param baselineFrom where the baseline sets it
 * @param repoValue the value the repository asks for
 * @param repoFrom where it asks for it
 * @param reason the {@code reason} given under {@code deviations:}, if any
 * @param kind explained, unexplained, or refused because the rule is locked
 */
public record Deviation(
    String ruleId,
    String setting,
    String baselineValue,
    Provenance baselineFrom,
    String repoValue,
    Provenance repoFrom,
    Optional<String> reason,
    Kind kind) {

  /** Whether this is the repository's own {@code files.exclude}, not a rule's setting. */
  public boolean isFilesExclude() {
    return ruleId.equals(PolicyLoader.FILES_DEVIATION);
  }

  /** How the deviation stands. */
  public enum Kind {
    /** Carries a reason: allowed, reported at info. */
    EXPLAINED,
    /** Carries no reason: allowed, reported as {@code policy/unexplained-deviation}. */
    UNEXPLAINED,
    /** The rule is locked: refused, the baseline value stays in force. */
    LOCKED
  }

  /**
   * {@code level off instead of warn}, {@code option 'min' 0.8 instead of 0.95}, or for the
   * repository's own exclusions {@code files.exclude hides [legacy/**] from every rule}.
   */
  public String change() {
    if (isFilesExclude()) {
      return "files.exclude hides "
          + repoValue
          + " from every rule"
          + (baselineValue.equals("[]") ? "" : " (the baseline hides " + baselineValue + ")");
    }
    return (setting.equals("level") ? "level" : "option '" + setting + "'")
        + " "
        + repoValue
        + " instead of "
        + baselineValue;
  }
}
