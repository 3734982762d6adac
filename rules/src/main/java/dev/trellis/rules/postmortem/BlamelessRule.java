package dev.trellis.rules.postmortem;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Location;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.OptionSpec.Looser;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.postmortem.BlamePhrases;
import dev.trellis.core.signal.postmortem.PostmortemDoc;
import dev.trellis.core.signal.postmortem.PostmortemSignal;
import dev.trellis.core.signal.postmortem.Postmortems;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code postmortem/blameless}: postmortems and their templates use no blaming language, and
 * templates state the blameless principle. Quoted chat logs, code and appendices are skipped: there
 * people's own words are evidence.
 */
public final class BlamelessRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("postmortem/blameless")
          .title("Postmortems describe systems, not culprits")
          .rationale(
              "People tell the whole story only when they are not punished for it; a review that"
                  + " names a culprit stops looking for the conditions that will fail again.")
          .defaultLevel(Level.WARN)
          .option(
              OptionSpec.strings(
                  "phrases",
                  BlamePhrases.DEFAULT,
                  Looser.FEWER,
                  "Blaming phrases as 'phrase => rewording'; {person} stands for a @handle,"
                      + " pronoun or role, {who} also for a capitalised name."))
          .option(
              OptionSpec.bool(
                  "requireStatement",
                  true,
                  Looser.FALSE,
                  "Templates must state the blameless principle."))
          .fix(
              "Reword each hit to describe what the system allowed (the suggested rewording is in"
                  + " the finding), and open each template with a sentence stating that the"
                  + " review is blameless.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    Postmortems pm = ctx.signal(PostmortemSignal.SIGNAL);
    BlamePhrases phrases = BlamePhrases.parse(ctx.options().strings("phrases"));
    List<PostmortemDoc> docs = new ArrayList<>(pm.templates());
    docs.addAll(pm.reports());
    for (PostmortemDoc doc : docs) {
      for (PostmortemDoc.ProseLine line : doc.prose()) {
        for (BlamePhrases.Hit hit : phrases.find(line.text())) {
          ctx.report(
              Problem.at(
                      Location.at(doc.path(), line.line(), hit.column()),
                      "'"
                          + hit.matched()
                          + "' blames a person ("
                          + hit.phrase().phrase()
                          + "): describe what the system allowed instead.")
                  .withKey(hit.phrase().phrase() + " " + hit.matched())
                  .withHint(hit.phrase().rewording()));
        }
      }
    }
    if (ctx.options().bool("requireStatement")) {
      for (PostmortemDoc t : pm.templates()) {
        if (t.blamelessStatement().isEmpty()) {
          ctx.report(
              Problem.inFile(t.path(), t.path() + " does not state that the review is blameless.")
                  .withKey("statement")
                  .withHint(
                      t.form()
                          ? "Add a markdown field at the top: 'This is a blameless review: we look"
                              + " for contributing factors in systems and processes, not for"
                              + " someone to blame.'"
                          : "Add near the top: 'This is a blameless postmortem: we look for the"
                              + " contributing factors in our systems and processes, not for"
                              + " someone to blame.'"));
        }
      }
    }
  }
}
