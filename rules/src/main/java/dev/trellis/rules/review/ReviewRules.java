package dev.trellis.rules.review;

import dev.trellis.core.rule.Rule;
import java.util.List;

/** The rules of the {@code review/} area, sorted by id. */
public final class ReviewRules {
  private ReviewRules() {}

  public static List<Rule> all() {
    return List.of(
        new BranchProtectionRule(),
        new CodeownersEnforcedRule(),
        new HistoryRule(),
        new PrTemplateRule());
  }
}
