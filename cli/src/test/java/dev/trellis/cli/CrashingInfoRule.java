package dev.trellis.cli;

import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;

/**
 * A custom rule with a bug in its metadata, loaded only through a {@code --rules-path} folder in
 * {@link CheckCommandTest}: Trellis cannot even list it, which is an internal error (exit 3).
 */
public final class CrashingInfoRule implements Rule {
  @Override
  public RuleInfo info() {
    throw new IllegalStateException("metadata table not initialised");
  }

  @Override
  public void check(RuleContext ctx) {}
}
