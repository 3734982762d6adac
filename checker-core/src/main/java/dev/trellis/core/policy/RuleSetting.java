package dev.trellis.core.policy;

import dev.trellis.core.rule.Level;
import java.util.Map;

/**
 * The effective setting of one rule: its level and options, each with where it came from.
 *
 * @param ruleId the rule
 * @param level the level in force
 * @param levelFrom where that level was set
 * @param options validated option values in force (only those the policy set; defaults come from
 *     the rule)
 * @param optionsFrom where each option was set
 */
public record RuleSetting(
    String ruleId,
    Level level,
    Provenance levelFrom,
    Map<String, Object> options,
    Map<String, Provenance> optionsFrom) {
  public RuleSetting {
    options = Map.copyOf(options);
    optionsFrom = Map.copyOf(optionsFrom);
  }
}
