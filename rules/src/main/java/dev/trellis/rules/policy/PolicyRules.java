package dev.trellis.rules.policy;

import dev.trellis.core.rule.Rule;
import java.util.List;

/** The rules of the {@code policy/} area, sorted by id. */
public final class PolicyRules {
  private PolicyRules() {}

  public static List<Rule> all() {
    return List.of();
  }
}
