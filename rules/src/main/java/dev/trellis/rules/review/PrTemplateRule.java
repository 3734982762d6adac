package dev.trellis.rules.review;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.OptionSpec.Looser;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.markdown.MarkdownDoc;
import dev.trellis.core.signal.review.PrTemplate;
import dev.trellis.core.signal.review.ReviewSignal;
import java.util.List;

/** {@code review/pr-template}: a pull or merge request template where the platform looks. */
public final class PrTemplateRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("review/pr-template")
          .title("Pull and merge requests start from a template")
          .rationale(
              "A template asks every author the same questions (what, why, how tested), so"
                  + " reviewers get what they need without asking and reviews stay comparable.")
          .defaultLevel(Level.WARN)
          .option(
              OptionSpec.strings(
                  "sections",
                  List.of(),
                  Looser.FEWER,
                  "Headings every default template must have (case-insensitive), for example"
                      + " [Summary, Testing]."))
          .option(
              OptionSpec.bool(
                  "checklist",
                  false,
                  Looser.FALSE,
                  "Require a checklist ('- [ ] ...') in every default template."))
          .option(
              OptionSpec.bool(
                  "orgDefault",
                  false,
                  Looser.TRUE,
                  "The organisation's .github repository provides the template, so a repository"
                      + " without its own is fine."))
          .fix(
              "Add .github/pull_request_template.md (GitHub) or"
                  + " .gitlab/merge_request_templates/Default.md (GitLab) with sections for what"
                  + " changed, why, and how it was tested.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    List<PrTemplate> templates = ctx.signal(ReviewSignal.SIGNAL).templates();
    if (templates.isEmpty()) {
      if (!ctx.options().bool("orgDefault")) {
        ctx.report(
            Problem.inRepository(
                    "No pull or merge request template: GitHub looks for"
                        + " pull_request_template.md (any case, .md or .txt) in .github/, the root"
                        + " and docs/, or a PULL_REQUEST_TEMPLATE/ folder there; GitLab for"
                        + " .gitlab/merge_request_templates/Default.md. An org default may apply.")
                .withKey("missing"));
      }
      return;
    }
    List<PrTemplate> checked = templates.stream().filter(PrTemplate::isDefault).toList();
    if (checked.isEmpty()) {
      checked = templates;
    }
    List<String> sections = ctx.options().strings("sections");
    for (PrTemplate t : checked) {
      for (String section : sections) {
        String wanted = MarkdownDoc.normalise(section);
        boolean has =
            t.headings().stream().anyMatch(h -> MarkdownDoc.normalise(h.text()).contains(wanted));
        if (!has) {
          ctx.report(
              Problem.inFile(
                      t.path(),
                      t.path()
                          + " has no '"
                          + section
                          + "' section, which the baseline asks every template for.")
                  .withKey("section " + wanted)
                  .withHint("Add a '## " + section + "' heading with a prompt for the author."));
        }
      }
      if (ctx.options().bool("checklist") && t.checklistItems() == 0) {
        ctx.report(
            Problem.inFile(t.path(), t.path() + " has no checklist.")
                .withKey("checklist")
                .withHint(
                    "Add a '## Checklist' section with '- [ ] ...' items (tests added, docs"
                        + " updated, ...)."));
      }
    }
  }
}
