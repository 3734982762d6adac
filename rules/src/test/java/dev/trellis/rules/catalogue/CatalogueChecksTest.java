package dev.trellis.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.testkit.FixtureIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalogue checks catch what they promise to, with messages that say what to do. */
class CatalogueChecksTest {

  /** A well-made rule, as far as the checks can tell. */
  static final class GoodRule implements Rule {
    private static final RuleInfo INFO =
        RuleInfo.builder("catalogue/good")
            .title("Everything is fine")
            .rationale("Because.")
            .fix("Nothing to fix.")
            .build();

    @Override
    public RuleInfo info() {
      return INFO;
    }

    @Override
    public void check(RuleContext ctx) {}
  }

  /** A rule with sloppy metadata, in the wrong area, with state. */
  static final class SloppyRule implements Rule {
    private int runs;
    private final List<String> seen = new ArrayList<>();

    @Override
    public RuleInfo info() {
      return RuleInfo.builder("adr/sloppy")
          .title("Sloppy.")
          .rationale(" ")
          .fix("")
          .option(OptionSpec.integer("max", 3, OptionSpec.Looser.HIGHER, ""))
          .alias("adr/sloppy")
          .build();
    }

    @Override
    public void check(RuleContext ctx) {
      runs++;
      seen.add("x");
    }
  }

  @Test
  void aRuleClassMissingFromItsAreaListIsNamedWithWhereToAddIt() {
    assertThat(CatalogueChecks.unregistered(List.of(GoodRule.class), List.of()))
        .containsExactly(
            "dev.trellis.rules.catalogue.CatalogueChecksTest$GoodRule implements Rule but is not"
                + " registered: add `new GoodRule()` to dev.trellis.rules.catalogue.CatalogueRules"
                + ".all(), sorted by id.");
    assertThat(CatalogueChecks.unregistered(List.of(GoodRule.class), List.of(new GoodRule())))
        .isEmpty();
  }

  @Test
  void duplicateIdsSelfAliasesAndIdsOutsideTheirAreaAreReported() {
    assertThat(CatalogueChecks.badIds(List.of(new GoodRule(), new GoodRule(), new SloppyRule())))
        .containsExactly(
            "the id 'catalogue/good' is used by both"
                + " dev.trellis.rules.catalogue.CatalogueChecksTest$GoodRule and"
                + " dev.trellis.rules.catalogue.CatalogueChecksTest$GoodRule: ids are unique;"
                + " rename one and keep its old id as an alias if it shipped.",
            "rule 'adr/sloppy' has the alias 'adr/sloppy', which is not a former id of the form"
                + " area/name.",
            "rule 'adr/sloppy' lives in the package dev.trellis.rules.catalogue: its id must start"
                + " with 'catalogue/', or the class belongs in dev.trellis.rules.adr.");
  }

  @Test
  void emptyOrSloppyMetadataIsReportedPerField() {
    assertThat(CatalogueChecks.badMetadata(List.of(new GoodRule()))).isEmpty();
    assertThat(CatalogueChecks.badMetadata(List.of(new SloppyRule())))
        .containsExactly(
            "rule 'adr/sloppy' has a title ending with '.': titles are one line, no period.",
            "rule 'adr/sloppy' has no rationale: say why it matters in one or two sentences a"
                + " team lead would accept.",
            "rule 'adr/sloppy' has no fix: say how to fix a finding.",
            "option 'max' of rule 'adr/sloppy' has no description: say what it sets.");
  }

  @Test
  void aRuleWithoutAFiringOrACleanCaseIsToldWhichFolderToAdd() {
    List<Rule> rules = List.of(new GoodRule());
    FixtureIndex.Case firing =
        new FixtureIndex.Case("fixtures", "catalogue/good", "broken", Set.of("catalogue/good"));
    FixtureIndex.Case clean = new FixtureIndex.Case("fixtures", "catalogue/good", "ok", Set.of());
    FixtureIndex.Case otherRuleFires =
        new FixtureIndex.Case("fixtures", "catalogue/good", "x", Set.of("catalogue/other"));

    assertThat(CatalogueChecks.missingFixtures(rules, List.of(firing, clean))).isEmpty();
    assertThat(CatalogueChecks.missingFixtures(rules, List.of(firing)))
        .containsExactly(
            "rule 'catalogue/good' has no clean fixture: add"
                + " rules/src/test/resources/fixtures/catalogue/good/<case>/, a tiny repository"
                + " the rule passes, with no expect: markers.");
    assertThat(CatalogueChecks.missingFixtures(rules, List.of(otherRuleFires)))
        .containsExactly(
            "rule 'catalogue/good' has no firing fixture: add"
                + " rules/src/test/resources/fixtures/catalogue/good/<case>/, a tiny repository"
                + " with a finding marked where it occurs (# expect: catalogue/good) or listed in"
                + " its expected.txt.");
    assertThat(CatalogueChecks.missingFixtures(rules, List.of())).hasSize(2);
  }

  @Test
  void fieldsThatCanChangeAreReported() {
    assertThat(CatalogueChecks.mutableFields(List.of(new GoodRule()))).isEmpty();
    assertThat(CatalogueChecks.mutableFields(List.of(new SloppyRule())))
        .containsExactly(
            "dev.trellis.rules.catalogue.CatalogueChecksTest$SloppyRule.runs is not final: rules"
                + " run in parallel and hold no state; make it final and immutable, or compute"
                + " the value inside check().",
            "dev.trellis.rules.catalogue.CatalogueChecksTest$SloppyRule.seen holds an ArrayList,"
                + " which can change: use List.of/Map.of/Set.of (or List.copyOf) instead.");
  }

  @Test
  void anAreaListOutOfOrderIsShownSorted() {
    Rule b =
        new Rule() {
          @Override
          public RuleInfo info() {
            return RuleInfo.builder("catalogue/b").title("B").rationale("B").fix("B").build();
          }

          @Override
          public void check(RuleContext ctx) {}
        };
    assertThat(
            CatalogueChecks.unsortedAreaLists(Map.of("CatalogueRules", List.of(new GoodRule(), b))))
        .containsExactly(
            "CatalogueRules.all() is not sorted by id: [catalogue/good, catalogue/b]; sort it as"
                + " [catalogue/b, catalogue/good].");
  }
}
