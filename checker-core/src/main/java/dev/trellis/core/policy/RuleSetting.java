package dev.trellis.core.policy;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.RuleInfo;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * Where each value in force comes from, in one line: {@code level error from acme-baseline v3,
   * baseline.yml:14; option min 0.8 from trellis.yml:9; option exclude [] (rule default)}. Options
   * the policy leaves alone show the rule's default.
   */
  public String describe(RuleInfo info) {
    List<String> parts = new ArrayList<>();
    parts.add("level " + level.id() + " from " + levelFrom);
    for (OptionSpec spec : info.options()) {
      Provenance from = optionsFrom.get(spec.name());
      if (from == null) {
        parts.add(
            "option "
                + spec.name()
                + " "
                + PolicyValues.show(spec.defaultValue())
                + " (rule default)");
      } else {
        parts.add(
            "option "
                + spec.name()
                + " "
                + PolicyValues.show(options.get(spec.name()))
                + " from "
                + from);
      }
    }
    return String.join("; ", parts);
  }
}
