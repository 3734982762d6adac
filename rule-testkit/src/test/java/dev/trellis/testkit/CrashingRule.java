package dev.trellis.testkit;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;

/** A test-only rule that always throws, to prove that a crash fails a fixture. */
public final class CrashingRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("kit/crash")
          .title("Never passes")
          .rationale("Test rule of the kit.")
          .defaultLevel(Level.ERROR)
          .fix("None.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    throw new IllegalStateException("the signal was not what the rule assumed");
  }
}
