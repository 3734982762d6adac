package dev.trellis.core.report;

import dev.trellis.core.engine.CheckResult;
import dev.trellis.core.engine.Engine;
import dev.trellis.core.policy.AcceptedFindings;
import dev.trellis.core.policy.Deviation;
import dev.trellis.core.policy.EffectivePolicy;
import dev.trellis.core.policy.PolicyLoader;
import dev.trellis.core.policy.PolicyOutcome;
import dev.trellis.core.policy.Provenance;
import dev.trellis.core.policy.RuleCatalog;
import dev.trellis.core.policy.Waiver;
import dev.trellis.core.rule.Finding;
import dev.trellis.core.rule.Fingerprints;
import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Location;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small, fixed check result that exercises every branch of the reports: each level, waived and
 * accepted findings, a repository-level finding, a crashed rule, a clean rule, and text that needs
 * escaping in every format (spaces and non-ASCII in paths, pipes, backticks, angle brackets).
 */
final class SampleResult {
  static final Path ROOT = Path.of("/work/acme/payments");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  static final ReportOptions OPTIONS = ReportOptions.defaults().withToolVersion("1.4.0");

  private SampleResult() {}

  record Fixed(RuleInfo info) implements Rule {
    @Override
    public void check(RuleContext ctx) {}
  }

  static final RuleInfo ADR_STATUS =
      RuleInfo.builder("adr/status")
          .title("Every decision record states its status")
          .rationale("A decision without a status leaves readers guessing whether it still holds.")
          .defaultLevel(Level.WARN)
          .fix("Add a `## Status` section: Proposed, Accepted, Deprecated or Superseded.")
          .build();

  static final RuleInfo COVERAGE =
      RuleInfo.builder("codeowners/coverage")
          .title("Most files have a code owner")
          .rationale("Unowned code gets no reviewer and no one to ask.")
          .defaultLevel(Level.ERROR)
          .option(
              OptionSpec.number(
                  "min",
                  0.9,
                  OptionSpec.Looser.LOWER,
                  "Fraction of tracked files that must be owned."))
          .option(
              OptionSpec.strings(
                  "exclude",
                  List.of(),
                  OptionSpec.Looser.MORE,
                  "Globs of files that need no owner."))
          .fix("Add CODEOWNERS lines for the listed directories.")
          .alias("codeowners/owned")
          .build();

  static final RuleInfo CHANGELOG =
      RuleInfo.builder("rituals/changelog")
          .title("The changelog covers every release tag")
          .rationale("Users read the changelog, not the git log, to decide whether to upgrade.")
          .defaultLevel(Level.INFO)
          .fix("Add a section for each missing tag to CHANGELOG.md.")
          .build();

  static final RuleInfo README =
      RuleInfo.builder("purpose/readme")
          .title("The README says what the repository is for")
          .rationale("A newcomer's first question is what this is and why it exists.")
          .defaultLevel(Level.WARN)
          .fix("Open README.md with one paragraph on what the service does and for whom.")
          .build();

  static CheckResult create(Path scratch) throws IOException {
    List<RuleInfo> infos = List.of(ADR_STATUS, CHANGELOG, COVERAGE, README);
    RuleCatalog catalog = RuleCatalog.of(infos.stream().map(i -> (Rule) new Fixed(i)).toList());
    Files.writeString(
        scratch.resolve("trellis.yml"),
        "name: payments\n"
            + "extends: [\"classpath:reports/acme-baseline.yml\"]\n"
            + "rules:\n"
            + "  codeowners/coverage: { level: warn, min: 0.8 }\n");
    EffectivePolicy policy =
        new PolicyLoader(SampleResult.class.getClassLoader(), catalog)
            .load(scratch, Optional.empty());
    List<Finding> findings = new ArrayList<>();
    findings.add(
        finding(
            ADR_STATUS,
            Level.ERROR,
            Location.line("docs/adr/0004 use kafka.md", 1),
            "docs/adr/0004 use kafka.md has no status. Add a `## Status` section."));
    findings.add(
        finding(
                ADR_STATUS,
                Level.ERROR,
                Location.at("docs/adr/0002-légacy.md", 3, 1),
                "docs/adr/0002-légacy.md has status 'Draft', which is not one of Proposed, Accepted,"
                    + " Deprecated, Superseded.")
            .withStatus(
                Finding.Status.WAIVED,
                "waived until 2027-03-31 by @acme/payments: legacy decisions move to the new log in"
                    + " Q1"));
    findings.add(
        finding(
            COVERAGE,
            Level.WARN,
            Location.REPOSITORY,
            "3 of 25 files (12%) have no code owner; the policy asks for at least 80%. Unowned:"
                + " src/légacy/ (2 files), `build|tools` (1 file)."));
    findings.add(
        finding(
                COVERAGE,
                Level.WARN,
                Location.at("CODEOWNERS", 7, 3),
                "CODEOWNERS:7: '/docs/<old>/' matches no file & owns nothing.")
            .withStatus(Finding.Status.ACCEPTED, "accepted in .trellis/accepted.json"));
    findings.add(
        finding(
            CHANGELOG,
            Level.INFO,
            Location.file("CHANGELOG.md"),
            "CHANGELOG.md has no section for tag v1.4.0."));
    findings.add(
        new Finding(
            Engine.RULE_FAILED,
            Level.ERROR,
            "Rule 'purpose/readme' could not run: IllegalStateException: boom. Its checks did not"
                + " happen.",
            Location.REPOSITORY,
            Fingerprints.of(Engine.RULE_FAILED, "", "purpose/readme"),
            Engine.RULE_FAILED_INFO.fix(),
            Finding.Status.OPEN,
            Optional.empty()));
    findings.sort(Finding.ORDER);
    PolicyOutcome outcome =
        new PolicyOutcome(
            List.of(
                new Deviation(
                    COVERAGE.id(),
                    "min",
                    "0.95",
                    new Provenance("classpath:reports/acme-baseline.yml", 4, "acme-baseline v3"),
                    "0.8",
                    new Provenance("trellis.yml", 4, "payments"),
                    Optional.of("legacy/ stays unowned until the billing split | due Q1"),
                    Deviation.Kind.EXPLAINED),
                new Deviation(
                    "review/required-approvals",
                    "level",
                    "error",
                    new Provenance("classpath:reports/acme-baseline.yml", 7, "acme-baseline v3"),
                    "off",
                    new Provenance("trellis.yml", 6, "payments"),
                    Optional.empty(),
                    Deviation.Kind.UNEXPLAINED)),
            List.of(
                new PolicyOutcome.WaiverUse(
                    new Waiver(
                        ADR_STATUS.id(),
                        List.of("docs/adr/0002-*.md"),
                        "legacy decisions move to the new log in Q1",
                        "@acme/payments",
                        LocalDate.of(2027, 3, 31),
                        new Provenance("trellis.yml", 9, "payments")),
                    1,
                    false,
                    false,
                    false),
                new PolicyOutcome.WaiverUse(
                    new Waiver(
                        COVERAGE.id(),
                        List.of("vendor/**"),
                        "vendored code is owned <upstream>",
                        "@acme/platform",
                        LocalDate.of(2026, 11, 1),
                        new Provenance("trellis.yml", 14, "payments")),
                    0,
                    true,
                    false,
                    false)),
            2,
            List.of(
                new AcceptedFindings.Entry(
                    "aaaaaaaaaaaaaaaa", "adr/status", "docs/adr/0001-old.md")));
    return new CheckResult(
        ROOT,
        "work tree",
        TODAY,
        policy,
        infos,
        findings,
        Map.of(
            "adr/status", 1_250_000L,
            "codeowners/coverage", 12_345_678L,
            "rituals/changelog", 400_000L,
            "purpose/readme", 90_000L,
            "signal:codeowners", 8_000_000L),
        outcome);
  }

  /** The same repository with no findings: every rule passed. */
  static CheckResult clean(Path scratch) throws IOException {
    CheckResult r = create(scratch);
    return new CheckResult(
        r.root(), r.point(), r.today(), r.policy(), r.rules(), List.of(), Map.of());
  }

  private static Finding finding(RuleInfo info, Level level, Location where, String message) {
    String path = where.pathOrEmpty();
    return new Finding(
        info.id(),
        level,
        message,
        where,
        Fingerprints.of(info.id(), path, Fingerprints.keyFromMessage(message)),
        info.fix(),
        Finding.Status.OPEN,
        Optional.empty());
  }
}
