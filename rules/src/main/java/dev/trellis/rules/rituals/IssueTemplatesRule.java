package dev.trellis.rules.rituals;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.SourceProblem;
import dev.trellis.core.signal.community.CommunitySignal;
import dev.trellis.core.signal.community.IssueTemplates;

/** {@code rituals/issue-templates}: issue templates that GitHub accepts and shows. */
public final class IssueTemplatesRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("rituals/issue-templates")
          .title("Issue templates are valid, so GitHub offers them")
          .rationale(
              "A template with a broken front matter, a short name or a form missing a required"
                  + " key is silently left out of GitHub's chooser, and reporters fall back to a"
                  + " blank issue.")
          .defaultLevel(Level.WARN)
          .option(
              OptionSpec.bool(
                  "required",
                  false,
                  OptionSpec.Looser.FALSE,
                  "Also require at least one issue template in .github/ISSUE_TEMPLATE/."))
          .fix(
              "Give each Markdown template front matter with 'name' (4 characters or more) and"
                  + " 'about'; give each form 'name', 'description' and 'body'; keep config.yml to"
                  + " 'blank_issues_enabled' and 'contact_links'.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    IssueTemplates templates = ctx.signal(CommunitySignal.SIGNAL).issueTemplates();
    for (SourceProblem p : templates.problems()) {
      ctx.report(
          Problem.at(p.path(), p.line(), p.path() + ": " + p.message() + ".")
              .withKey(p.message())
              .withHint(p.hint()));
    }
    if (ctx.options().bool("required")
        && templates.templates().isEmpty()
        && templates.legacy().isEmpty()) {
      ctx.report(
          Problem.inRepository(
                  "There are no issue templates in .github/ISSUE_TEMPLATE/; an org default from"
                      + " the owner's .github repository may apply.")
              .withKey("missing")
              .withHint(
                  "Add .github/ISSUE_TEMPLATE/bug_report.yml (an issue form with 'name',"
                      + " 'description' and 'body') and one template per kind of request."));
    }
  }
}
