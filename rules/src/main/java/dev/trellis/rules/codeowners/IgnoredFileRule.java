package dev.trellis.rules.codeowners;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.codeowners.Codeowners;
import dev.trellis.core.signal.codeowners.CodeownersSignal;
import dev.trellis.core.signal.codeowners.IgnoredFile;

/**
 * {@code codeowners/ignored-file}: no CODEOWNERS file sits where the platform does not read it (a
 * second one in another location, or one in a subfolder).
 */
public final class IgnoredFileRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("codeowners/ignored-file")
          .title("There is only the one CODEOWNERS file the platform reads")
          .rationale(
              "The platform reads one CODEOWNERS and ignores the rest, so owners listed in a second"
                  + " or nested file believe they review code that never reaches them.")
          .defaultLevel(Level.WARN)
          .fix(
              "Move the ignored file's lines into the file the platform reads (with paths from the"
                  + " repository root) and delete it.")
          .example("```\nsrc/CODEOWNERS: it is ignored: GitHub reads CODEOWNERS only from ...\n```")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    Codeowners co = ctx.signal(CodeownersSignal.SIGNAL);
    for (IgnoredFile f : co.ignored()) {
      String target = co.file().map(c -> c.path()).orElse(co.dialect().locations().get(0));
      ctx.report(
          Problem.inFile(
                  f.path(),
                  "It is ignored: "
                      + f.reason()
                      + ". Move its lines into "
                      + target
                      + (f.nested() ? " (patterns there start at the repository root)" : "")
                      + " and delete it.")
              .withKey(f.path()));
    }
  }
}
