package dev.trellis.rules.codeowners;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.codeowners.Codeowners;
import dev.trellis.core.signal.codeowners.CodeownersFile;
import dev.trellis.core.signal.codeowners.CodeownersSignal;
import dev.trellis.core.signal.codeowners.Dialect;
import java.util.Optional;

/** {@code codeowners/present}: the repository has a CODEOWNERS file with at least one rule. */
public final class PresentRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("codeowners/present")
          .title("The repository has a CODEOWNERS file with rules in it")
          .rationale(
              "Without CODEOWNERS no change asks its owners for review, and nobody can tell whom"
                  + " to ask about a piece of code.")
          .defaultLevel(Level.ERROR)
          .fix(
              "Create .github/CODEOWNERS (GitHub) or CODEOWNERS (GitLab) with a default owner,"
                  + " such as `* @org/team`, and lines for the areas other teams own.")
          .example(
              "```\n(repository): There is no CODEOWNERS file ...\n```\nFix: `.github/CODEOWNERS`"
                  + " with\n```\n* @acme/platform\n/billing/ @acme/payments\n```")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    Codeowners co = ctx.signal(CodeownersSignal.SIGNAL);
    Optional<CodeownersFile> file = co.file();
    Dialect d = co.dialect();
    if (file.isEmpty()) {
      String first = d == Dialect.GITHUB ? ".github/CODEOWNERS" : "CODEOWNERS";
      ctx.report(
          Problem.inRepository(
                  "There is no CODEOWNERS file, so no change asks a code owner for review ("
                      + d.displayName()
                      + " looks for "
                      + String.join(", ", d.locations())
                      + ").")
              .withKey("missing")
              .withHint(
                  "Create "
                      + first
                      + " with a default owner, such as `* @org/team`, and lines for the areas"
                      + " other teams own."));
      return;
    }
    CodeownersFile f = file.get();
    if (f.loaded() && f.activeEntries().isEmpty()) {
      ctx.report(
          Problem.inFile(
                  f.path(),
                  "There is no rule line "
                      + (f.entries().isEmpty() ? "in it" : "that " + d.displayName() + " accepts")
                      + ", so no file has a code owner.")
              .withKey("empty")
              .withHint(
                  "Add a default owner, such as `* @org/team`, and lines for the areas other teams"
                      + " own."));
    }
  }
}
