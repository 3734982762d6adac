package dev.trellis.rules.postmortem;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.OptionSpec.Looser;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.postmortem.PostmortemDoc;
import dev.trellis.core.signal.postmortem.PostmortemSignal;
import dev.trellis.core.signal.postmortem.Postmortems;
import dev.trellis.core.signal.postmortem.Section;
import java.util.List;
import java.util.Optional;

/**
 * {@code postmortem/template}: a postmortem template exists and has the sections the baseline
 * requires, matched by meaning (see {@link Section} for the synonym table).
 */
public final class TemplateRule implements Rule {
  static final List<String> DEFAULT_SECTIONS =
      List.of("summary", "impact", "timeline", "root-causes", "action-items", "lessons-learned");

  private static final RuleInfo INFO =
      RuleInfo.builder("postmortem/template")
          .title("A postmortem template has the sections a blameless review needs")
          .rationale(
              "A shared template makes every incident review ask the same questions (impact,"
                  + " timeline, contributing factors, action items, lessons), so reviews can be"
                  + " compared and nothing is skipped under pressure.")
          .defaultLevel(Level.WARN)
          .option(
              OptionSpec.strings(
                  "sections",
                  DEFAULT_SECTIONS,
                  Looser.FEWER,
                  "Required sections: summary, impact, timeline, root-causes, detection,"
                      + " response, action-items, lessons-learned (matched by meaning), or any"
                      + " other heading text (matched as written)."))
          .option(
              OptionSpec.bool(
                  "required",
                  false,
                  Looser.FALSE,
                  "Report a repository with no postmortem template at all (by default only"
                      + " when it keeps postmortem reports)."))
          .fix(
              "Add docs/postmortems/template.md with the sections Summary, Impact, Timeline,"
                  + " Contributing factors, Action items and Lessons learned ('trellis init'"
                  + " writes one).")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    Postmortems pm = ctx.signal(PostmortemSignal.SIGNAL);
    if (pm.templates().isEmpty()) {
      if (!pm.reports().isEmpty() || ctx.options().bool("required")) {
        ctx.report(
            Problem.inRepository(
                    "No postmortem template"
                        + (pm.reports().isEmpty()
                            ? ""
                            : " although "
                                + pm.reports().size()
                                + " postmortem report"
                                + (pm.reports().size() == 1 ? " is" : "s are")
                                + " kept in "
                                + String.join(", ", pm.folders())
                                + "/")
                        + ": looked for *template*.md in postmortems/, post-mortems/, incidents/"
                        + " and incident-reviews/ folders and for *postmortem*.md or .yml in"
                        + " .github/ISSUE_TEMPLATE/; an org default may apply.")
                .withKey("missing"));
      }
      return;
    }
    for (PostmortemDoc t : pm.templates()) {
      for (String wanted : ctx.options().strings("sections")) {
        Optional<Section> section = Section.byId(wanted);
        boolean present =
            section.isPresent()
                ? t.sections().containsKey(section.get())
                : t.prose().stream()
                    .anyMatch(p -> Section.normalise(p.text()).contains(Section.normalise(wanted)));
        if (present) {
          continue;
        }
        String name = section.map(Section::title).orElse(wanted);
        String examples =
            section
                .map(
                    s ->
                        " (headings such as "
                            + String.join(
                                ", ",
                                s.synonyms().subList(0, Math.min(3, s.synonyms().size())).stream()
                                    .map(x -> "'" + x + "'")
                                    .toList())
                            + ")")
                .orElse("");
        ctx.report(
            Problem.inFile(t.path(), t.path() + " has no " + name + " section" + examples + ".")
                .withKey("section " + section.map(Section::id).orElse(wanted))
                .withHint(
                    t.form()
                        ? "Add a textarea field with id and label '"
                            + name
                            + "' to the form's body."
                        : "Add '## " + name + "' with a prompt for what to write there."));
      }
    }
  }
}
