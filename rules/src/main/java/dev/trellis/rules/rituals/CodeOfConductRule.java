package dev.trellis.rules.rituals;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.community.HealthFile;

/** {@code rituals/code-of-conduct}: a CODE_OF_CONDUCT file exists where GitHub looks for it. */
public final class CodeOfConductRule implements Rule {
  private static final String WHAT =
      "with the expected behaviour, how to report a breach and who handles reports (GitHub offers the Contributor Covenant as a template)";

  private static final RuleInfo INFO =
      HealthFileCheck.info(
          HealthFile.CODE_OF_CONDUCT,
          "A code of conduct states how people treat each other",
          "Psychological safety needs stated norms and a way to report a breach of them; a code of conduct is where both are written down.",
          Level.INFO,
          WHAT);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    HealthFileCheck.check(ctx, HealthFile.CODE_OF_CONDUCT, WHAT);
  }
}
