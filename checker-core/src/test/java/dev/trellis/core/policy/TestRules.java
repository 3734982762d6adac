package dev.trellis.core.policy;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.OptionSpec.Looser;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import java.util.List;

/** Small rules with options of every kind, for policy tests; they report what a test asks. */
final class TestRules {
  private TestRules() {}

  /** Reports one finding per file whose name contains "bad". */
  record Named(RuleInfo info) implements Rule {
    @Override
    public void check(RuleContext ctx) {
      for (String f : ctx.repo().files()) {
        if (f.contains("bad")) {
          ctx.report(Problem.inFile(f, f + " is bad.").withKey(f));
        }
      }
    }
  }

  static final Rule COVERAGE =
      new Named(
          RuleInfo.builder("codeowners/coverage")
              .title("Most files have a code owner")
              .rationale("Unowned code gets no reviewer.")
              .defaultLevel(Level.ERROR)
              .option(OptionSpec.number("min", 0.95, Looser.LOWER, "Fraction owned."))
              .option(OptionSpec.strings("exclude", List.of(), Looser.MORE, "Paths left out."))
              .option(OptionSpec.integer("maxAge", 30, Looser.HIGHER, "Days."))
              .option(OptionSpec.bool("strict", true, Looser.FALSE, "Strict mode."))
              .fix("Add CODEOWNERS lines.")
              .build());

  static final Rule PRESENT =
      new Named(
          RuleInfo.builder("codeowners/present")
              .title("A CODEOWNERS file exists")
              .rationale("Reviews need owners.")
              .defaultLevel(Level.ERROR)
              .fix("Add one.")
              .alias("codeowners/exists")
              .build());

  static final Rule FORMAT =
      new Named(
          RuleInfo.builder("adr/format")
              .title("ADRs follow one template")
              .rationale("Readers find things.")
              .defaultLevel(Level.WARN)
              .option(OptionSpec.string("template", "madr", Looser.NEITHER, "Template."))
              .option(
                  OptionSpec.strings(
                      "sections", List.of("Context", "Decision"), Looser.FEWER, "Required."))
              .fix("Use the template.")
              .build());

  static RuleCatalog catalog() {
    return RuleCatalog.of(List.of(COVERAGE, PRESENT, FORMAT));
  }
}
