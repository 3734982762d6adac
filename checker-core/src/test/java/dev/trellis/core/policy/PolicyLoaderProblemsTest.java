package dev.trellis.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of policy mistake is a problem with file, line and hint, all found in one pass. */
class PolicyLoaderProblemsTest {
  @TempDir Path dir;

  private PolicyFixture fx() {
    return new PolicyFixture(dir);
  }

  @Test
  void everyProblemInEveryFileIsReportedTogether() {
    PolicyFixture fx =
        fx().file(
                "trellis.yml",
                "extends:",
                "  - base.yml",
                "  - broken.yml",
                "rulez: {}",
                "rules:",
                "  codeowner/coverage: error")
            .file("base.yml", "name: base", "rules:", "  adr/formt: warn")
            .file("broken.yml", "rules:", "  adr/format: [warn", "");
    assertThat(fx.problems())
        .containsExactly(
            "base.yml:3: unknown rule 'adr/formt'. Did you mean 'adr/format'?",
            "broken.yml:4: this is not valid YAML: while parsing a flow sequence (from line 2),"
                + " expected ',' or ']', but got <stream end>. Check the indentation and quoting near this line.",
            "trellis.yml:4: unknown key 'rulez'. Did you mean 'rules'?",
            "trellis.yml:6: unknown rule 'codeowner/coverage'. Did you mean 'codeowners/coverage'?");
  }

  @Test
  void aPolicySavedInAnotherEncodingNamesTheLineAndAsksForUtf8() throws Exception {
    PolicyFixture fx = fx();
    Files.write(
        fx.root.resolve("trellis.yml"),
        "rules:\n  adr/present: warn\n  # caf\u00e9 Latin-1\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    assertThat(fx.problems())
        .containsExactly(
            "trellis.yml:3: this line holds bytes that are not UTF-8 text (the file was saved in"
                + " another encoding). Save the file as UTF-8.");
  }

  @Test
  void ruleEntriesRejectUnknownOptionsWrongTypesAndBadLevels() {
    PolicyFixture fx =
        fx().file(
                "trellis.yml",
                "rules:",
                "  codeowners/coverage: { level: eror, mni: 0.9, min: high, exclude: { a: b } }",
                "  codeowners/present: { level: warn, min: 1 }",
                "  adr/format: [warn]",
                "  codeowners/exists: loud");
    assertThat(fx.problems())
        .containsExactly(
            "trellis.yml:2: 'eror' is not a level. Use error, warn, info or off.",
            "trellis.yml:2: rule 'codeowners/coverage' has no option 'mni'. Did you mean 'min'?",
            "trellis.yml:2: option 'min' of rule 'codeowners/coverage' takes a number, not 'high'."
                + " The default is 0.95.",
            "trellis.yml:2: option 'exclude' of rule 'codeowners/coverage' takes a list of"
                + " strings, not a mapping. The default is [].",
            "trellis.yml:3: rule 'codeowners/present' has no option 'min'. It takes only 'level'.",
            "trellis.yml:4: rule 'adr/format' takes a level (error, warn, info, off) or a mapping"
                + " with 'level' and options, not a list. For example:  adr/format: { level: warn"
                + " }",
            "trellis.yml:5: 'loud' is not a level. Use error, warn, info or off.");
  }

  @Test
  void aCycleInExtendsIsNamedStepByStep() {
    PolicyFixture fx =
        fx().file("trellis.yml", "extends: [a.yml]")
            .file("a.yml", "extends: [b.yml]")
            .file("b.yml", "extends: [a.yml]");
    String a = fx.root.resolve("a.yml").toString();
    String b = fx.root.resolve("b.yml").toString();
    assertThat(fx.problems())
        .containsExactly(
            "b.yml:1: 'extends' makes a cycle: trellis.yml -> a.yml -> b.yml -> a.yml. Remove one"
                + " of the references so the chain ends.");
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void missingFilesAndResourcesPointAtTheExtendsLine() {
    PolicyFixture fx =
        fx().file(
                "trellis.yml",
                "extends:",
                "  - file:../standards/missing.yml",
                "  - classpath:acme/none.yml",
                "  - svn:whatever",
                "  - git:nowhere");
    Path missing = fx.root.getParent().resolve("standards/missing.yml");
    assertThat(fx.problems())
        .containsExactly(
            "trellis.yml:2: the policy 'file:../standards/missing.yml' does not exist (looked for "
                + missing
                + "). Check the path; relative paths start at the folder of the file that extends"
                + " them.",
            "trellis.yml:3: no resource 'acme/none.yml' on the classpath. Add the baseline jar to"
                + " the plugin's <dependencies> or the CLI's --rules-path.",
            "trellis.yml:4: unknown kind of policy reference 'svn:whatever'. Write file:PATH,"
                + " classpath:RESOURCE or git:URL#REF:PATH.",
            "trellis.yml:5: 'git:nowhere' is not a git baseline reference. Write git:URL#REF:PATH,"
                + " for example git:../standards#v3:baseline.yml or"
                + " git:file:///srv/standards.git#v3:baseline.yml.");
  }

  @Test
  void aPolicyThatIsNotAMappingSaysWhatItIs() {
    assertThat(fx().file("trellis.yml", "- rules", "- extends").problems())
        .containsExactly(
            "trellis.yml:1: a policy file is a mapping of keys (name, extends, rules, ...), not a"
                + " list. Start with 'rules:' or 'extends:' at the beginning of a line; see"
                + " docs/policy.md.");
  }

  @Test
  void duplicateKeysAreMistakes() {
    assertThat(fx().file("trellis.yml", "rules: {}", "rules: {}").problems())
        .containsExactly(
            "trellis.yml:2: the key 'rules' appears twice in the same mapping. Keep one; YAML does"
                + " not merge repeated keys.");
  }

  @Test
  void aliasBombsAreRefused() {
    StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      char prev = (char) ('a' + i - 1);
      char cur = (char) ('a' + i);
      yaml.append(cur)
          .append(": &")
          .append(cur)
          .append(" [")
          .append(("*" + prev + ", ").repeat(8))
          .append("*")
          .append(prev)
          .append("]\n");
    }
    assertThat(fx().file("trellis.yml", yaml.toString()).problems())
        .containsExactly(
            "trellis.yml: this YAML cannot be read: Number of aliases for non-scalar nodes exceeds"
                + " the specified max=20. Keep policy files small, without deep nesting or many"
                + " aliases.");
  }

  @Test
  void deepNestingIsRefused() {
    String deep = "rules: " + "[".repeat(60) + "]".repeat(60);
    assertThat(fx().file("trellis.yml", deep).problems())
        .containsExactly(
            "trellis.yml: this YAML cannot be read: Nesting Depth exceeded max 40. Keep policy"
                + " files small, without deep nesting or many aliases.");
  }

  @Test
  void hugeFilesAreRefusedBeforeParsing() {
    String big = "# " + "x".repeat(YamlDocument.MAX_CODE_POINTS);
    assertThat(fx().file("trellis.yml", big).problems())
        .containsExactly(
            "trellis.yml: the policy is 1000003 bytes; the limit is 1000000. Split it, or extend a"
                + " baseline instead of copying it.");
  }

  @Test
  void waiversNeedEveryKeyAValidRuleAndARealDate() {
    PolicyFixture fx =
        fx().file(
                "trellis.yml",
                "waivers:",
                "  - rule: codeowners/coverage",
                "    paths: [\"legacy/**\"]",
                "    reason: legacy billing is retired in March",
                "    owner: \"@acme/payments\"",
                "    expires: 2027-02-30",
                "  - rule: codeowner/coverage",
                "    paths: legacy/**",
                "    reason: \"\"",
                "    owner: \"@acme/payments\"",
                "    expires: 31/03/2027",
                "    ticket: PAY-12",
                "  - rule: adr/format",
                "    paths: [docs]",
                "  - just a string",
                "  - rule: policy/unused-waiver",
                "    paths: [\"**\"]",
                "    reason: noisy",
                "    owner: me",
                "    expires: 2027-01-01");
    assertThat(fx.problems())
        .containsExactly(
            "trellis.yml:6: '2027-02-30' is not a date. Write an ISO date, YYYY-MM-DD, for example"
                + " expires: 2027-03-31.",
            "trellis.yml:12: unknown key 'ticket' in a waiver. Known: expires, owner, paths,"
                + " reason, rule.",
            "trellis.yml:13: the waiver has no 'reason'. Every waiver names rule, paths, reason,"
                + " owner and expires.",
            "trellis.yml:13: the waiver has no 'owner'. Every waiver names rule, paths, reason,"
                + " owner and expires.",
            "trellis.yml:13: the waiver has no 'expires'. Every waiver names rule, paths, reason,"
                + " owner and expires.",
            "trellis.yml:15: a waiver is a mapping with rule, paths, reason, owner and expires,"
                + " not a single value. For example: - { rule: codeowners/coverage, paths:"
                + " [\"legacy/**\"], reason: \"...\", owner: \"@acme/payments\", expires:"
                + " 2027-03-31 }",
            "trellis.yml:16: findings of 'policy/unused-waiver' cannot be waived. They are about"
                + " this policy file itself: fix the file instead.");
  }

  @Test
  void aWaiverWithAnUnknownRuleBlankReasonAndBadDateReportsEach() {
    PolicyFixture fx =
        fx().file(
                "trellis.yml",
                "waivers:",
                "  - rule: codeowner/coverage",
                "    paths: legacy/**",
                "    reason: \"\"",
                "    owner: \"@acme/payments\"",
                "    expires: 31/03/2027");
    assertThat(fx.problems())
        .containsExactly(
            "trellis.yml:2: unknown rule 'codeowner/coverage' in a waiver. Did you mean"
                + " 'codeowners/coverage'?",
            "trellis.yml:4: 'reason' of a waiver takes some text. Say why the findings may stay"
                + " for now.",
            "trellis.yml:6: '31/03/2027' is not a date. Write an ISO date, YYYY-MM-DD, for example"
                + " expires: 2027-03-31.");
  }

  @Test
  void sectionKeysAreCheckedWhereTheSignalDeclaresThem() {
    PolicyFixture fx = fx().file("trellis.yml", "adr:", "  pth: docs/decisions", "codeowners: []");
    fx.sectionKeys = Map.of("adr", Set.of("path", "format"));
    assertThat(fx.problems())
        .containsExactly(
            "trellis.yml:2: unknown key 'pth' in 'adr'. Did you mean 'path'?",
            "trellis.yml:3: 'codeowners' takes a mapping of settings, not a list. For example:"
                + " codeowners: { key: value }");
  }

  @Test
  void topLevelValuesOfTheWrongShapeAreReported() {
    PolicyFixture fx =
        fx().file(
                "trellis.yml",
                "name: [a, b]",
                "teams: \"@acme/payments\"",
                "locked: [codeowners/presnt]",
                "waiverPolicy: { maxDays: soon, minDays: 1 }",
                "rules: [codeowners/present]",
                "extends: { a: b }");
    assertThat(fx.problems())
        .containsExactly(
            "trellis.yml:1: 'name' takes a single value, not a list. For example: name: 3",
            "trellis.yml:2: 'teams' takes a list of team handles, not a single value. For example:"
                + " teams: [\"@acme/payments\", \"@acme/platform\"]",
            "trellis.yml:3: unknown rule 'codeowners/presnt' in 'locked'. Did you mean"
                + " 'codeowners/present'?",
            "trellis.yml:4: 'maxDays' takes a whole number of days, not 'soon'. For example:"
                + " waiverPolicy: { maxDays: 180 }",
            "trellis.yml:4: unknown key 'minDays' in 'waiverPolicy'. Did you mean 'maxDays'?",
            "trellis.yml:5: 'rules' takes a mapping of rule id to level or settings, not a list."
                + " For example:  codeowners/present: error",
            "trellis.yml:6: 'extends' takes a list of policy references. Write file:PATH,"
                + " classpath:RESOURCE or git:URL#REF:PATH.");
  }

  @Test
  void reasonsBelongUnderDeviationsAndDeviationsBelongInTheRepository() {
    PolicyFixture fx =
        fx().file(
                "trellis.yml",
                "extends: [base.yml]",
                "rules:",
                "  adr/format: { level: off, reason: wiki }")
            .file("base.yml", "deviations:", "  adr/format: off");
    assertThat(fx.problems())
        .containsExactly(
            "base.yml:1: 'deviations' belongs in a repository's own trellis.yml, not in a"
                + " baseline. A baseline sets rules and locks them; repositories depart from it.",
            "trellis.yml:3: 'reason' belongs under 'deviations:', not 'rules:' (rule"
                + " 'adr/format'). Move 'adr/format' under 'deviations:' to explain why it"
                + " departs.");
  }

  @Test
  void aRepositoryMayOnlyShortenTheWaiverPolicy() {
    PolicyFixture fx =
        fx().file("trellis.yml", "extends: [base.yml]", "waiverPolicy: { maxDays: 400 }")
            .file("base.yml", "waiverPolicy:", "  maxDays: 180");
    assertThat(fx.problems())
        .containsExactly(
            "trellis.yml:2: waiverPolicy.maxDays 400 is looser than the baseline's 180"
                + " (base.yml:2); a repository may only shorten it. Remove it, or set at most"
                + " 180.");
  }

  @Test
  void anExplicitConfigThatDoesNotExistIsOneProblem() {
    PolicyFixture fx = fx();
    ConfigException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ConfigException.class,
            () -> fx.loader().load(fx.root, java.util.Optional.of(Path.of("conf/trellis.yml"))));
    assertThat(e.problems().stream().map(ConfigProblem::toString))
        .containsExactly(
            "conf/trellis.yml: the policy file does not exist. Check the path given with -c /"
                + " trellis.config.");
  }
}
