package dev.trellis.rules.purpose;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.codeowners.CodeownersSignal;
import dev.trellis.core.signal.community.Community;
import dev.trellis.core.signal.community.CommunitySignal;
import dev.trellis.core.signal.community.HealthFile;
import dev.trellis.core.signal.community.Readme;
import java.util.Optional;

/** {@code purpose/readme}: the README says what the project is, why, and who owns it. */
public final class ReadmeRule implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.builder("purpose/readme")
          .title("The README says what the project is, why it exists, and who owns it")
          .rationale(
              "A team that cannot state its purpose in a paragraph cannot decide what to say no"
                  + " to, and a newcomer who cannot find the owners cannot ask.")
          .defaultLevel(Level.WARN)
          .option(
              OptionSpec.bool(
                  "requireHelp",
                  true,
                  OptionSpec.Looser.FALSE,
                  "Also require the README (or a SUPPORT, CONTRIBUTING or CODEOWNERS file) to say"
                      + " who owns the project or where to get help."))
          .fix(
              "Open the README with two or three sentences on what the project does and why it"
                  + " exists (or an '## Overview' section), and add a '## Getting help' section"
                  + " naming the owning team and where to ask.")
          .example(
              "```\nREADME.md:1: README.md does not say what the project is or why it exists\n```\n"
                  + "Fix: a first paragraph such as 'Payments moves money between accounts for the"
                  + " checkout and billing teams.'")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    Community community = ctx.signal(CommunitySignal.SIGNAL);
    Optional<String> path = community.files().used(HealthFile.README);
    if (path.isEmpty()) {
      ctx.report(
          Problem.inRepository(
                  "There is no README (looked for README, any case and extension, in "
                      + HealthFile.README.foldersInWords()
                      + ").")
              .withKey("missing")
              .withHint(
                  "Add README.md at the root: what the project is, why it exists, how to start,"
                      + " and who owns it."));
      return;
    }
    Optional<Readme> readme = community.readme();
    if (readme.isEmpty()) {
      return;
    }
    Readme r = readme.get();
    if (r.purposeHeading().isEmpty() && r.openingProse().isEmpty()) {
      ctx.report(
          Problem.at(
                  r.path(),
                  1,
                  r.path()
                      + " does not say what the project is or why it exists: it has no Overview,"
                      + " Purpose, Motivation, Why or Goals section and no opening paragraph of"
                      + " prose before its setup sections.")
              .withKey("purpose")
              .withHint(
                  "Add a first paragraph of two or three sentences on what the project does and"
                      + " why it exists (badges and install steps do not count), or an '##"
                      + " Overview' section."));
    }
    if (ctx.options().bool("requireHelp") && r.help().isEmpty() && !hasOwnerFile(ctx, community)) {
      ctx.report(
          Problem.inFile(
                  r.path(),
                  r.path()
                      + " does not say who owns the project or where to get help, and there is no"
                      + " SUPPORT, CONTRIBUTING or CODEOWNERS file.")
              .withKey("help")
              .withHint(
                  "Add a '## Getting help' section to "
                      + r.path()
                      + " naming the owning team and where to ask (a channel, the issue tracker),"
                      + " or add SUPPORT.md."));
    }
  }

  private static boolean hasOwnerFile(RuleContext ctx, Community community) {
    return community.files().used(HealthFile.SUPPORT).isPresent()
        || community.files().used(HealthFile.CONTRIBUTING).isPresent()
        || ctx.signal(CodeownersSignal.SIGNAL).file().isPresent();
  }
}
