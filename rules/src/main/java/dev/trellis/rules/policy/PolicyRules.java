package dev.trellis.rules.policy;

import dev.trellis.core.rule.Rule;
import java.util.List;

/**
 * The rules of the {@code policy/} area, sorted by id. Empty on purpose: the {@code policy/} checks
 * (deviations, locked rules, waivers, baselines) judge the policy file and every other rule's
 * findings, so core produces them after the engine; their metadata is {@code
 * dev.trellis.core.policy.PolicyChecks}, which the rule catalog lists like any rule. See that class
 * for why.
 */
public final class PolicyRules {
  private PolicyRules() {}

  public static List<Rule> all() {
    return List.of();
  }
}
