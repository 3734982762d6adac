package dev.trellis.rules.rituals;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.community.HealthFile;

/** {@code rituals/security-policy}: a SECURITY file exists where GitHub looks for it. */
public final class SecurityPolicyRule implements Rule {
  private static final String WHAT =
      "saying how to report a vulnerability privately (an address or a private advisory link) and which versions get fixes";

  private static final RuleInfo INFO =
      HealthFileCheck.info(
          HealthFile.SECURITY,
          "A security policy says how to report a vulnerability",
          "Without a private reporting route, vulnerabilities get reported in public issues or not at all.",
          Level.WARN,
          WHAT);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    HealthFileCheck.check(ctx, HealthFile.SECURITY, WHAT);
  }
}
