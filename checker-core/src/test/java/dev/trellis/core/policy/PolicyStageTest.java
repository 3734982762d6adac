package dev.trellis.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.engine.CheckResult;
import dev.trellis.core.engine.Engine;
import dev.trellis.core.repo.Repo;
import dev.trellis.core.repo.Repos;
import dev.trellis.core.rule.Finding;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deviations, waivers and accepted findings, after the rules have run. */
class PolicyStageTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  @TempDir Path dir;

  private PolicyFixture acme() {
    return new PolicyFixture(dir)
        .file(
            "standards/baseline.yml",
            "name: acme-baseline",
            "version: 2",
            "latest: 3",
            "locked: [codeowners/present]",
            "waiverPolicy: { maxDays: 180 }",
            "rules:",
            "  codeowners/present: error",
            "  codeowners/coverage: { level: error, min: 0.95 }",
            "  adr/format: warn");
  }

  private CheckResult run(PolicyFixture fx) {
    EffectivePolicy policy = fx.load();
    try (Repo repo = Repos.open(fx.root, Optional.empty())) {
      return new Engine().run(repo, policy, TODAY);
    }
  }

  private static List<String> lines(CheckResult r) {
    return r.findings().stream()
        .map(
            f ->
                f.location()
                    + " "
                    + f.ruleId()
                    + " "
                    + f.level().id()
                    + (f.status() == Finding.Status.OPEN ? "" : " " + f.status())
                    + ": "
                    + f.message()
                    + f.note().map(n -> " [" + n + "]").orElse(""))
        .toList();
  }

  @Test
  void deviationsBecomeFindingsAndALockedRuleStillRunsAtTheBaselineLevel() {
    PolicyFixture fx =
        acme()
            .file("bad.txt", "x")
            .file(
                "trellis.yml",
                "extends: [standards/baseline.yml]",
                "rules:",
                "  codeowners/coverage: { min: 0.8 }",
                "deviations:",
                "  adr/format: { level: off, reason: \"Decisions live in the wiki until Q3\" }",
                "  codeowners/present: { level: off, reason: \"no owners yet\" }");
    CheckResult r = run(fx);
    assertThat(lines(r))
        .containsExactly(
            "bad.txt codeowners/coverage error: bad.txt is bad.",
            "bad.txt codeowners/present error: bad.txt is bad.",
            "trellis.yml:1 policy/outdated-baseline warn: this repository follows acme-baseline"
                + " v2, but acme-baseline v3 is the latest.",
            "trellis.yml:3 policy/unexplained-deviation error: 'codeowners/coverage' is weakened"
                + " without a reason: option 'min' 0.8 instead of 0.95 (acme-baseline v2,"
                + " standards/baseline.yml:8).",
            "trellis.yml:5 policy/deviation info: 'adr/format' departs from the baseline: level"
                + " off instead of warn (acme-baseline v2, standards/baseline.yml:9). Reason:"
                + " Decisions live in the wiki until Q3.",
            "trellis.yml:6 policy/locked-rule-weakened error: 'codeowners/present' is locked by"
                + " acme-baseline v2, standards/baseline.yml:4 and cannot be weakened: level off"
                + " instead of error is ignored; error (acme-baseline v2, standards/baseline.yml:7)"
                + " stays in force.");
    assertThat(r.findings().get(3).hint())
        .isEqualTo(
            "Give it a reason under 'deviations:' (codeowners/coverage: { min: 0.8, reason:"
                + " \"...\" }), or remove it to follow the baseline.");
    assertThat(r.outcome().deviations()).hasSize(3);
  }

  @Test
  void waiversWaiveExpireWarnAndRot() {
    PolicyFixture fx =
        acme()
            .file("legacy/bad.txt", "x")
            .file("old/bad.txt", "x")
            .file("soon/bad.txt", "x")
            .file("far/bad.txt", "x")
            .file(
                "trellis.yml",
                "extends: [standards/baseline.yml]",
                "rules:",
                "  codeowners/present: off",
                "waivers:",
                "  - { rule: codeowners/coverage, paths: [legacy/**], reason: retired in March,"
                    + " owner: \"@acme/payments\", expires: 2027-03-31 }",
                "  - { rule: codeowners/coverage, paths: [old/**], reason: was temporary,"
                    + " owner: \"@acme/payments\", expires: 2026-11-26 }",
                "  - { rule: codeowners/coverage, paths: [soon/**], reason: almost done,"
                    + " owner: \"@acme/platform\", expires: 2026-12-05 }",
                "  - { rule: codeowners/coverage, paths: [far/**], reason: someday,"
                    + " owner: \"@acme/platform\", expires: 2027-12-31 }",
                "  - { rule: adr/format, paths: [docs/**], reason: moved,"
                    + " owner: \"@acme/platform\", expires: 2027-01-31 }");
    CheckResult r = run(fx);
    assertThat(lines(r))
        .containsExactly(
            "far/bad.txt adr/format warn: far/bad.txt is bad.",
            "far/bad.txt codeowners/coverage error WAIVED: far/bad.txt is bad. [waived until"
                + " 2027-12-31 by @acme/platform: someday (trellis.yml:8)]",
            "far/bad.txt codeowners/present error: far/bad.txt is bad.",
            "legacy/bad.txt adr/format warn: legacy/bad.txt is bad.",
            "legacy/bad.txt codeowners/coverage error WAIVED: legacy/bad.txt is bad. [waived until"
                + " 2027-03-31 by @acme/payments: retired in March (trellis.yml:5)]",
            "legacy/bad.txt codeowners/present error: legacy/bad.txt is bad.",
            "old/bad.txt adr/format warn: old/bad.txt is bad.",
            "old/bad.txt codeowners/coverage error: old/bad.txt is bad.",
            "old/bad.txt codeowners/present error: old/bad.txt is bad.",
            "soon/bad.txt adr/format warn: soon/bad.txt is bad.",
            "soon/bad.txt codeowners/coverage error WAIVED: soon/bad.txt is bad. [waived until"
                + " 2026-12-05 by @acme/platform: almost done (trellis.yml:7)]",
            "soon/bad.txt codeowners/present error: soon/bad.txt is bad.",
            "trellis.yml:1 policy/outdated-baseline warn: this repository follows acme-baseline"
                + " v2, but acme-baseline v3 is the latest.",
            "trellis.yml:3 policy/locked-rule-weakened error: 'codeowners/present' is locked by"
                + " acme-baseline v2, standards/baseline.yml:4 and cannot be weakened: level off"
                + " instead of error is ignored; error (acme-baseline v2, standards/baseline.yml:7)"
                + " stays in force.",
            "trellis.yml:6 policy/expired-waiver error: the waiver for 'codeowners/coverage' on"
                + " old/** expired on 2026-11-26 and no longer applies; its findings count again.",
            "trellis.yml:7 policy/expiring-waiver warn: the waiver for 'codeowners/coverage' on"
                + " soon/** expires on 2026-12-05, in 8 days.",
            "trellis.yml:8 policy/waiver-too-long error: the waiver for 'codeowners/coverage' on"
                + " far/** runs until 2027-12-31, 399 days from today; waiverPolicy.maxDays allows"
                + " 180.",
            "trellis.yml:9 policy/unused-waiver warn: the waiver for 'adr/format' on docs/**"
                + " waives nothing: no finding of that rule is on a matching path.");
    assertThat(r.outcome().waivers())
        .extracting(u -> u.waiver().paths().get(0) + " " + u.state() + " " + u.waived())
        .containsExactly(
            "legacy/** active 1",
            "old/** expired 0",
            "soon/** expiring 1",
            "far/** too-long 1",
            "docs/** unused 0");
    assertThat(r.findings().stream().filter(f -> f.ruleId().equals("policy/waiver-too-long")))
        .extracting(Finding::hint)
        .containsExactly("Set expires to 2027-05-26 at the latest, and renew it when it is due.");
  }

  @Test
  void acceptedFindingsDoNotCountAndStaleEntriesAreCountedAsFixed() {
    PolicyFixture fx =
        acme()
            .file("a/bad.txt", "x")
            .file("b/bad.txt", "x")
            .file(
                "trellis.yml",
                "extends: [standards/baseline.yml]",
                "rules:",
                "  codeowners/present: error",
                "  adr/format: off");
    CheckResult first = run(fx);
    Finding a =
        first.findings().stream()
            .filter(f -> f.location().pathOrEmpty().equals("a/bad.txt"))
            .filter(f -> f.ruleId().equals("codeowners/coverage"))
            .findFirst()
            .orElseThrow();
    fx.file(
        ".trellis/accepted.json",
        AcceptedFindings.render(
            List.of(
                new AcceptedFindings.Entry(a.fingerprint(), a.ruleId(), "a/bad.txt"),
                new AcceptedFindings.Entry(
                    "00000000deadbeef", "codeowners/coverage", "gone.txt"))));
    CheckResult second = run(fx);
    assertThat(
            second.findings().stream()
                .filter(f -> f.status() == Finding.Status.ACCEPTED)
                .map(f -> f.location() + " " + f.ruleId() + " " + f.note().orElse("")))
        .containsExactly(
            "a/bad.txt codeowners/coverage accepted in .trellis/accepted.json; not counted");
    assertThat(second.outcome().accepted()).isEqualTo(2);
    assertThat(second.outcome().fixed())
        .containsExactly(
            new AcceptedFindings.Entry("00000000deadbeef", "codeowners/coverage", "gone.txt"));
    assertThat(second.findings().stream().filter(Finding::counts).map(f -> f.ruleId()))
        .containsExactly(
            "codeowners/present",
            "codeowners/coverage",
            "codeowners/present",
            "policy/outdated-baseline",
            "policy/unexplained-deviation");
  }
}
