package dev.trellis.rules.codeowners;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Location;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.codeowners.Codeowners;
import dev.trellis.core.signal.codeowners.CodeownersFile;
import dev.trellis.core.signal.codeowners.CodeownersSignal;
import dev.trellis.core.signal.codeowners.Dialect;
import dev.trellis.core.signal.codeowners.SyntaxError;

/** {@code codeowners/syntax}: every line is valid for the platform that reads the file. */
public final class SyntaxRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("codeowners/syntax")
          .title("Every CODEOWNERS line is valid for the platform that reads it")
          .rationale(
              "GitHub silently skips an invalid line and GitLab misreads a broken section, so the"
                  + " files that line was meant for get no owner or the wrong one.")
          .defaultLevel(Level.ERROR)
          .fix("Correct each line as the finding says; the platform's own error kind is named.")
          .example(
              "```\nCODEOWNERS:7:7: Invalid owner: `docs@` is not a user ... GitHub skips the"
                  + " whole line.\n```\nFix: `*.txt @org/docs`.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    Codeowners co = ctx.signal(CodeownersSignal.SIGNAL);
    if (co.file().isEmpty()) {
      return;
    }
    CodeownersFile f = co.file().get();
    for (SyntaxError e : f.errors()) {
      StringBuilder m = new StringBuilder();
      m.append(e.kind()).append(": ").append(e.reason());
      e.suggestion().ifPresent(s -> m.append(" (").append(s).append(")"));
      m.append(". ");
      String consequence = consequence(co.dialect(), e);
      if (!consequence.isEmpty()) {
        m.append(consequence).append(' ');
      }
      m.append(e.fix());
      Location where =
          e.line() > 0 ? Location.at(f.path(), e.line(), e.column()) : Location.file(f.path());
      ctx.report(Problem.at(where, m.toString()).withKey(e.kind() + " " + e.source()));
    }
  }

  private static String consequence(Dialect dialect, SyntaxError e) {
    if (dialect == Dialect.GITHUB) {
      return e.line() == 0 ? "" : "GitHub skips the whole line.";
    }
    return switch (e.kind()) {
      case "invalid_section_format" ->
          "GitLab reads the line as an entry of the section before it.";
      case "missing_section_name" -> "GitLab ignores the header.";
      case "invalid_approval_requirement" -> "GitLab rejects the header.";
      case "invalid_section_owner_format" -> "The section has no default owners.";
      case "invalid_entry_owner_format", "missing_entry_owner" ->
          "The entry has no owner, so GitLab approves its files automatically and its section"
              + " gives them no owner.";
      default -> "";
    };
  }
}
