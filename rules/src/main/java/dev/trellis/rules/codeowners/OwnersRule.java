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
import dev.trellis.core.signal.codeowners.Entry;
import dev.trellis.core.signal.codeowners.Owner;
import dev.trellis.core.signal.codeowners.Section;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code codeowners/owners}: every owner is well-formed and, when the policy lists {@code teams},
 * one of them. GitLab roles ({@code @@maintainer}) are not checked against the teams.
 */
public final class OwnersRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("codeowners/owners")
          .title("Every code owner is well-formed and one of the policy's teams")
          .rationale(
              "A malformed owner is skipped or ignored by the platform, and code owned by single"
                  + " people rather than teams loses its owner when they move on.")
          .defaultLevel(Level.WARN)
          .fix(
              "Write owners as @user, @org/team or an email address, and use the teams listed"
                  + " under `teams:` in the policy.")
          .example(
              "```\nCODEOWNERS:4:8: '@alice' is not one of the policy's teams (@acme/payments)"
                  + " ...\n```\nFix: `/billing/ @acme/payments`.")
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
    Set<String> teams =
        ctx.teams().stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    for (Section s : f.sections()) {
      check(ctx, f, co.dialect(), s.line(), s.defaultOwners(), teams, "section [" + s.name() + "]");
    }
    for (Entry e : f.entries()) {
      if (e.exclusion()) {
        continue;
      }
      check(ctx, f, co.dialect(), e.line(), e.written(), teams, Lines.quoted(e));
    }
  }

  private static void check(
      RuleContext ctx,
      CodeownersFile f,
      Dialect dialect,
      int line,
      List<Owner> owners,
      Set<String> teams,
      String subject) {
    for (Owner o : owners) {
      Location where = Location.at(f.path(), line, o.column());
      if (!o.valid()) {
        String effect =
            dialect == Dialect.GITHUB
                ? "GitHub skips the whole line, so "
                    + subject
                    + " owns nothing. Write @user, @org/team or an email address."
                : "GitLab ignores it; the other owners of "
                    + subject
                    + " still count. Write @user, @group, @@role or an email address.";
        ctx.report(
            Problem.at(
                    where,
                    "'"
                        + o.text()
                        + "' is not an owner "
                        + dialect.displayName()
                        + " accepts: "
                        + effect)
                .withKey(o.text() + " " + subject));
      } else if (!teams.isEmpty()
          && o.kind() != Owner.Kind.ROLE
          && !teams.contains(o.normalized())) {
        ctx.report(
            Problem.at(
                    where,
                    "'"
                        + o.text()
                        + "' on "
                        + subject
                        + " is not one of the policy's teams ("
                        + String.join(", ", ctx.teams())
                        + "). Give the code to one of them, or add the team to `teams:` in the"
                        + " policy.")
                .withKey(o.text() + " " + subject));
      }
    }
  }
}
