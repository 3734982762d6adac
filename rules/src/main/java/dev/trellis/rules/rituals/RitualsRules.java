package dev.trellis.rules.rituals;

import dev.trellis.core.rule.Rule;
import java.util.List;

/** The rules of the {@code rituals/} area, sorted by id. */
public final class RitualsRules {
  private RitualsRules() {}

  public static List<Rule> all() {
    return List.of(
        new ChangelogRule(),
        new CodeOfConductRule(),
        new CommunityDuplicatesRule(),
        new ContributingRule(),
        new IssueTemplatesRule(),
        new ReleaseProcessRule(),
        new SecurityPolicyRule(),
        new SupportRule());
  }
}
