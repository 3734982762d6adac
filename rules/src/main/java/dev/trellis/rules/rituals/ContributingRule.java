package dev.trellis.rules.rituals;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.community.HealthFile;

/** {@code rituals/contributing}: a CONTRIBUTING file exists where GitHub looks for it. */
public final class ContributingRule implements Rule {
  private static final String WHAT =
      "saying how to propose a change, how it is reviewed and where to ask";

  private static final RuleInfo INFO =
      HealthFileCheck.info(
          HealthFile.CONTRIBUTING,
          "A CONTRIBUTING file says how to propose a change",
          "Contributors who know how changes are proposed and reviewed send changes that can be merged; the rest guess, and reviewers pay for it.",
          Level.WARN,
          WHAT);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    HealthFileCheck.check(ctx, HealthFile.CONTRIBUTING, WHAT);
  }
}
