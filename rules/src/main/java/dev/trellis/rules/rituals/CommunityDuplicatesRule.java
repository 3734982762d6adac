package dev.trellis.rules.rituals;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.community.CommunityFiles;
import dev.trellis.core.signal.community.CommunitySignal;
import dev.trellis.core.signal.community.HealthFile;
import java.util.List;

/**
 * {@code rituals/community-duplicates}: one copy of each community file. A docs-folder README is a
 * docs index, not a duplicate, so README counts only when a copy in {@code .github/} hides another.
 */
public final class CommunityDuplicatesRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("rituals/community-duplicates")
          .title("Each community file exists once")
          .rationale(
              "GitHub shows only one copy of CONTRIBUTING, SECURITY and the like; the others drift"
                  + " out of date while people keep editing them.")
          .defaultLevel(Level.INFO)
          .fix("Keep the copy GitHub shows and delete the others (merge what they add first).")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    CommunityFiles files = ctx.signal(CommunitySignal.SIGNAL).files();
    for (HealthFile kind : HealthFile.values()) {
      List<String> all = files.all(kind);
      if (all.size() < 2) {
        continue;
      }
      if (kind == HealthFile.README && !all.get(0).startsWith(".github/")) {
        continue;
      }
      String used = all.get(0);
      for (String other : all.subList(1, all.size())) {
        if (kind == HealthFile.README && other.toLowerCase().startsWith("docs/")) {
          continue;
        }
        ctx.report(
            Problem.inFile(
                    other,
                    other
                        + " is a second "
                        + kind.baseName()
                        + " file: GitHub shows "
                        + used
                        + " ("
                        + kind.foldersInWords()
                        + " is its order) and ignores this one.")
                .withKey(kind.id())
                .withHint(
                    "Merge what " + other + " adds into " + used + " and delete " + other + "."));
      }
    }
  }
}
