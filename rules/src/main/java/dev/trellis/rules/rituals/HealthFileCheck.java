package dev.trellis.rules.rituals;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.community.CommunitySignal;
import dev.trellis.core.signal.community.HealthFile;

/** The shared shape of the community-file rules: the file exists where GitHub looks for it. */
final class HealthFileCheck {
  private HealthFileCheck() {}

  static final String ORG_DEFAULT = "orgDefault";

  static RuleInfo info(
      HealthFile file, String title, String rationale, Level level, String whatToWrite) {
    return RuleInfo.builder("rituals/" + file.id())
        .title(title)
        .rationale(rationale)
        .defaultLevel(level)
        .option(
            OptionSpec.bool(
                ORG_DEFAULT,
                false,
                OptionSpec.Looser.TRUE,
                "The organisation's .github repository provides this file, so a repository"
                    + " without its own copy is fine (Trellis cannot see that repository"
                    + " offline)."))
        .fix(hint(file, whatToWrite))
        .build();
  }

  static String hint(HealthFile file, String whatToWrite) {
    return "Add "
        + file.baseName()
        + ".md at the root (or in .github/) "
        + whatToWrite
        + "; if the organisation's .github repository provides it, set option "
        + ORG_DEFAULT
        + ": true.";
  }

  static void check(RuleContext ctx, HealthFile file, String whatToWrite) {
    if (ctx.options().bool(ORG_DEFAULT)) {
      return;
    }
    if (ctx.signal(CommunitySignal.SIGNAL).files().used(file).isEmpty()) {
      ctx.report(
          Problem.inRepository(
                  "No "
                      + file.baseName()
                      + " file in this repository (looked for "
                      + file.baseName()
                      + ", any case and extension, in "
                      + file.foldersInWords()
                      + "); an org default from the owner's .github repository may apply.")
              .withKey("missing")
              .withHint(hint(file, whatToWrite)));
    }
  }
}
