package dev.trellis.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.rule.Level;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The effective policy: last wins, each value with its provenance, and the repository's drift. */
class PolicyMergeTest {
  @TempDir Path dir;

  private PolicyFixture acme() {
    return new PolicyFixture(dir)
        .file(
            "standards/baseline.yml",
            "name: acme-baseline",
            "version: 3",
            "extends: [org.yml]",
            "locked: [codeowners/present]",
            "rules:",
            "  codeowners/present: error",
            "  codeowners/coverage:",
            "    level: error",
            "    min: 0.95",
            "  adr/format: { level: warn, sections: [Context, Decision, Consequences] }")
        .file(
            "standards/org.yml",
            "name: acme-org",
            "version: 1",
            "rules:",
            "  codeowners/coverage: { level: warn, min: 0.5, maxAge: 30 }");
  }

  @Test
  void everyValueNamesThePolicyFileAndLineThatSetIt() {
    EffectivePolicy p =
        acme()
            .file(
                "trellis.yml",
                "extends: [standards/baseline.yml]",
                "rules:",
                "  codeowners/coverage: { min: 0.99 }")
            .load();
    RuleSetting coverage = p.rules().get("codeowners/coverage");
    assertThat(coverage.describe(TestRules.COVERAGE.info()))
        .isEqualTo(
            "level error from acme-baseline v3, standards/baseline.yml:8; option min 0.99 from"
                + " trellis.yml:3; option exclude [] (rule default); option maxAge 30 from acme-org"
                + " v1, standards/org.yml:4; option strict true (rule default)");
    assertThat(p.baselines().stream().map(BaselineRef::toString))
        .containsExactly("acme-org v1", "acme-baseline v3", "trellis.yml");
    assertThat(p.deviations()).isEmpty();
  }

  @Test
  void anExplainedDeviationAppliesAndKeepsItsReason() {
    EffectivePolicy p =
        acme()
            .file(
                "trellis.yml",
                "extends: [standards/baseline.yml]",
                "deviations:",
                "  adr/format: { level: off, reason: \"Decisions live in the wiki until Q3\" }")
            .load();
    assertThat(p.level("adr/format")).isEqualTo(Level.OFF);
    assertThat(p.deviations())
        .extracting(d -> d.kind() + " " + d.change() + " (" + d.baselineFrom() + ") " + d.reason())
        .containsExactly(
            "EXPLAINED level off instead of warn (acme-baseline v3, standards/baseline.yml:10)"
                + " Optional[Decisions live in the wiki until Q3]");
  }

  @Test
  void weakeningInRulesIsAnUnexplainedDeviationOptionByOption() {
    EffectivePolicy p =
        acme()
            .file(
                "trellis.yml",
                "extends: [standards/baseline.yml]",
                "rules:",
                "  codeowners/coverage: { level: warn, min: 0.8, exclude: [legacy/**], maxAge: 60,"
                    + " strict: false }",
                "  adr/format: { sections: [Context], template: nygard }")
            .load();
    assertThat(p.deviations())
        .extracting(d -> d.kind() + " " + d.ruleId() + " " + d.change() + " @" + d.repoFrom())
        .containsExactly(
            "UNEXPLAINED adr/format option 'sections' [Context] instead of [Context, Decision,"
                + " Consequences] @trellis.yml:4",
            "UNEXPLAINED codeowners/coverage option 'exclude' [legacy/**] instead of [] @trellis.yml:3",
            "UNEXPLAINED codeowners/coverage level warn instead of error @trellis.yml:3",
            "UNEXPLAINED codeowners/coverage option 'maxAge' 60 instead of 30 @trellis.yml:3",
            "UNEXPLAINED codeowners/coverage option 'min' 0.8 instead of 0.95 @trellis.yml:3",
            "UNEXPLAINED codeowners/coverage option 'strict' false instead of true @trellis.yml:3");
    assertThat(p.rules().get("codeowners/coverage").options()).containsEntry("min", 0.8);
  }

  @Test
  void exclusionsTheRepositoryAddsToItsBaselinesAreADeviation() {
    EffectivePolicy p =
        acme()
            .file(
                "standards/org.yml",
                "name: acme-org",
                "version: 1",
                "files: { exclude: [\"vendor/**\"] }",
                "rules:",
                "  codeowners/coverage: { level: warn, min: 0.5, maxAge: 30 }")
            .file(
                "trellis.yml",
                "extends: [standards/baseline.yml]",
                "files:",
                "  exclude: [vendor/**, legacy/**]")
            .load();
    assertThat(p.section("files").get("exclude")).isEqualTo(List.of("vendor/**", "legacy/**"));
    assertThat(p.deviations())
        .extracting(
            d -> d.kind() + " " + d.change() + " (" + d.baselineFrom() + ") @" + d.repoFrom())
        .containsExactly(
            "UNEXPLAINED files.exclude hides [legacy/**] from every rule (the baseline hides"
                + " [vendor/**]) (acme-org v1, standards/org.yml:3) @trellis.yml:3");
  }

  @Test
  void aReasonNextToTheExclusionsExplainsThem() {
    EffectivePolicy p =
        acme()
            .file(
                "trellis.yml",
                "extends: [standards/baseline.yml]",
                "files:",
                "  exclude: [\"**/fixtures/**\"]",
                "  reason: Fixtures break the rules on purpose")
            .load();
    assertThat(p.deviations())
        .extracting(d -> d.kind() + " " + d.change() + " (" + d.baselineFrom() + ") " + d.reason())
        .containsExactly(
            "EXPLAINED files.exclude hides [**/fixtures/**] from every rule (acme-baseline v3,"
                + " standards/baseline.yml) Optional[Fixtures break the rules on purpose]");
  }

  @Test
  void aReasonForExclusionsBelongsToTheRepositoryNotToABaseline() {
    PolicyFixture fixture =
        acme()
            .file(
                "standards/org.yml",
                "name: acme-org",
                "files: { exclude: [vendor/**], reason: Vendored }",
                "rules:",
                "  codeowners/coverage: { level: warn, min: 0.5, maxAge: 30 }")
            .file("trellis.yml", "extends: [standards/baseline.yml]");
    assertThat(fixture.problems())
        .containsExactly(
            "standards/org.yml:2: 'files.reason' belongs in a repository's own trellis.yml, not in"
                + " a baseline. A baseline's exclusions apply as they are; a repository says why it"
                + " hides more.");
  }

  @Test
  void exclusionsOfARepositoryWithoutBaselineOrOfTheBaselinesThemselvesAreNoDeviation() {
    EffectivePolicy alone =
        new PolicyFixture(dir)
            .file("trellis.yml", "extends: []", "files: { exclude: [legacy/**] }")
            .load();
    assertThat(alone.deviations()).isEmpty();

    EffectivePolicy inherited =
        acme()
            .file(
                "standards/org.yml",
                "name: acme-org",
                "files: { exclude: [vendor/**] }",
                "rules:",
                "  codeowners/coverage: { level: warn, min: 0.5, maxAge: 30 }")
            .file(
                "trellis.yml",
                "extends: [standards/baseline.yml]",
                "files: { exclude: [vendor/**] }")
            .load();
    assertThat(inherited.deviations()).isEmpty();
    assertThat(inherited.section("files").get("exclude")).isEqualTo(List.of("vendor/**"));
  }

  @Test
  void strengtheningIsNeverADeviation() {
    EffectivePolicy p =
        acme()
            .file(
                "trellis.yml",
                "extends: [standards/baseline.yml]",
                "rules:",
                "  codeowners/coverage: { min: 0.99, maxAge: 10, strict: true }",
                "  adr/format: { level: error, sections: [Context, Decision, Consequences, Status] }",
                "deviations:",
                "  codeowners/present: { level: error, reason: \"nothing to weaken\" }")
            .load();
    assertThat(p.deviations()).isEmpty();
    assertThat(p.level("adr/format")).isEqualTo(Level.ERROR);
  }

  @Test
  void aLockedRuleKeepsTheBaselineValueWhenTheRepositoryTurnsItOff() {
    EffectivePolicy p =
        acme()
            .file(
                "trellis.yml",
                "extends: [standards/baseline.yml]",
                "deviations:",
                "  codeowners/present: { level: off, reason: \"we have no owners yet\" }")
            .load();
    assertThat(p.level("codeowners/present")).isEqualTo(Level.ERROR);
    assertThat(p.rules().get("codeowners/present").levelFrom())
        .hasToString("acme-baseline v3, standards/baseline.yml:6");
    assertThat(p.deviations())
        .extracting(d -> d.kind() + " " + d.change())
        .containsExactly("LOCKED level off instead of error");
    assertThat(p.locked().get("codeowners/present"))
        .hasToString("acme-baseline v3, standards/baseline.yml:4");
  }

  @Test
  void aliasesResolveToTheCurrentRuleId() {
    EffectivePolicy p =
        acme()
            .file(
                "trellis.yml",
                "extends: [standards/baseline.yml]",
                "rules:",
                "  codeowners/exists: warn")
            .load();
    assertThat(p.deviations())
        .extracting(d -> d.kind() + " " + d.ruleId() + " " + d.change())
        .containsExactly("LOCKED codeowners/present level warn instead of error");
  }

  @Test
  void theRepositoryCannotSilenceThePolicyChecksThatGuardTheBaseline() {
    EffectivePolicy p =
        acme()
            .file(
                "trellis.yml",
                "extends: [standards/baseline.yml]",
                "rules:",
                "  policy/unexplained-deviation: off",
                "  policy/unused-waiver: off",
                "  adr/format: off")
            .load();
    assertThat(p.levelOrDefault(PolicyChecks.UNEXPLAINED_DEVIATION)).isEqualTo(Level.ERROR);
    assertThat(p.levelOrDefault(PolicyChecks.UNUSED_WAIVER)).isEqualTo(Level.OFF);
    assertThat(p.deviations())
        .extracting(d -> d.kind() + " " + d.ruleId() + " " + d.change())
        .containsExactly(
            "UNEXPLAINED adr/format level off instead of warn",
            "LOCKED policy/unexplained-deviation level off instead of error",
            "UNEXPLAINED policy/unused-waiver level off instead of warn");
  }

  @Test
  void aRepositoryWithoutAPolicyFileFollowsTheDefaultBaseline() {
    EffectivePolicy p = new PolicyFixture(dir).load();
    assertThat(p.baselines())
        .containsExactly(
            new BaselineRef(
                "trellis-default",
                "1",
                PolicyLoader.DEFAULT_BASELINE,
                "",
                java.util.Optional.empty(),
                true,
                java.util.Optional.empty()));
    assertThat(p.repoFile()).isEmpty();
    assertThat(p.waivers()).isEqualTo(List.of());
  }

  @Test
  void waiversAreReadWithTheirProvenanceAndTheBaselinesMaxDays() {
    EffectivePolicy p =
        acme()
            .file(
                "trellis.yml",
                "extends: [standards/baseline.yml]",
                "waiverPolicy: { maxDays: 90 }",
                "waivers:",
                "  - rule: codeowners/exists",
                "    paths: legacy/**",
                "    reason: legacy billing is retired in March",
                "    owner: \"@acme/payments\"",
                "    expires: 2027-03-31")
            .load();
    assertThat(p.waivers())
        .containsExactly(
            new Waiver(
                "codeowners/present",
                List.of("legacy/**"),
                "legacy billing is retired in March",
                "@acme/payments",
                java.time.LocalDate.of(2027, 3, 31),
                new Provenance("trellis.yml", 4, "")));
    assertThat(p.waiverMaxDays()).hasValue(90);
  }

  @Test
  void aBaselineCanLockTheDeclarativeRuleItDeclaresBelow() {
    EffectivePolicy p =
        new PolicyFixture(dir)
            .file(
                "base.yml",
                "name: acme-baseline",
                "locked: [acme/no-env-files]",
                "rules:",
                "  acme/no-env-files:",
                "    type: file-absent",
                "    paths: [\"**/.env\"]",
                "    level: error",
                "    message: Secrets never live in the repository.")
            .file("trellis.yml", "extends: [base.yml]", "rules:", "  acme/no-env-files: warn")
            .load();
    assertThat(p.level("acme/no-env-files")).isEqualTo(Level.ERROR);
    assertThat(p.deviations())
        .extracting(d -> d.kind() + " " + d.ruleId() + " " + d.change())
        .containsExactly("LOCKED acme/no-env-files level warn instead of error");
  }
}
