package dev.trellis.rules.rituals;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.community.CommunitySignal;

/**
 * {@code rituals/release-process}: the release process is written down. Off in the default
 * baseline; a baseline that wants it turns it on.
 */
public final class ReleaseProcessRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("rituals/release-process")
          .title("The release process is written down")
          .rationale(
              "A release that only one person knows how to cut stops when that person is away;"
                  + " a written process lets any maintainer ship and makes the steps reviewable.")
          .defaultLevel(Level.WARN)
          .fix(
              "Add RELEASING.md (or a '## Releasing' section in CONTRIBUTING.md) listing the steps"
                  + " to cut a release: version bump, changelog, tag, publish, and who may do it.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    if (ctx.signal(CommunitySignal.SIGNAL).releaseProcess().isEmpty()) {
      ctx.report(
          Problem.inRepository(
                  "The release process is not written down: there is no RELEASING.md,"
                      + " docs/release-process.md or 'Releasing' / 'Release process' section in"
                      + " the README, CONTRIBUTING or a top-level docs page.")
              .withKey("missing"));
    }
  }
}
