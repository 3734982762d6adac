package dev.trellis.rules.rituals;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.community.HealthFile;

/** {@code rituals/support}: a SUPPORT file exists where GitHub looks for it. */
public final class SupportRule implements Rule {
  private static final String WHAT =
      "saying where users get help (a channel, a forum, the issue tracker) and what the team answers";

  private static final RuleInfo INFO =
      HealthFileCheck.info(
          HealthFile.SUPPORT,
          "A SUPPORT file says where users get help",
          "Users who know where to ask stop asking in the issue tracker, and the owning team sees the questions it should answer.",
          Level.INFO,
          WHAT);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    HealthFileCheck.check(ctx, HealthFile.SUPPORT, WHAT);
  }
}
