package dev.trellis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drift end to end through the CLI: a baseline tagged in a standards repository built with JGit, a
 * service that departs from it, waivers, accepted findings, and the same run after the standards
 * repository is gone.
 */
class PolicyDriftCliTest {
  @TempDir Path dir;

  private String out;
  private String err;

  private int trellis(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(new PrintWriter(o, true), new PrintWriter(e, true), args);
    out = o.toString();
    err = e.toString();
    return code;
  }

  private void write(Path file, String... lines) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n");
  }

  private Path standards() throws Exception {
    Path src = dir.resolve("standards");
    write(
        src.resolve("baseline.yml"),
        "name: acme-baseline",
        "version: 3",
        "locked: [acme/no-env-files]",
        "waiverPolicy: { maxDays: 180 }",
        "rules:",
        "  acme/no-env-files: { type: file-absent, paths: [\"**/.env\"], level: error }",
        "  acme/no-pem: { type: file-absent, paths: [\"**/*.pem\"], level: error }",
        "  acme/license: { type: file-exists, paths: [\"LICENSE*\"], level: warn }",
        "  acme/changelog: { type: file-exists, paths: [CHANGELOG.md], level: warn }");
    try (Git git = Git.init().setDirectory(src.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit().setMessage("baseline v3").setSign(false).call();
      git.tag().setName("v3").call();
    }
    return src;
  }

  private Path service() throws IOException {
    Path svc = dir.resolve("service");
    write(
        svc.resolve("trellis.yml"),
        "extends: [\"git:../standards#v3:baseline.yml\"]",
        "rules:",
        "  acme/no-env-files: off",
        "  acme/license: off",
        "deviations:",
        "  acme/changelog: { level: off, reason: \"release notes live in the wiki\" }",
        "waivers:",
        "  - { rule: acme/no-pem, paths: [legacy/**], reason: retired soon, owner: \"@acme/pay\","
            + " expires: 2027-03-31 }",
        "  - { rule: acme/no-pem, paths: [old/**], reason: was temporary, owner: \"@acme/pay\","
            + " expires: 2026-11-01 }",
        "  - { rule: acme/no-pem, paths: [soon/**], reason: almost, owner: \"@acme/pay\","
            + " expires: 2026-12-05 }",
        "  - { rule: acme/no-pem, paths: [far/**], reason: someday, owner: \"@acme/pay\","
            + " expires: 2027-12-31 }",
        "  - { rule: acme/no-pem, paths: [gone/**], reason: fixed by now, owner: \"@acme/pay\","
            + " expires: 2027-01-31 }");
    write(svc.resolve("config/.env"), "SECRET=1");
    for (String d : List.of("legacy", "old", "soon", "far")) {
      write(svc.resolve(d + "/key.pem"), "x");
    }
    return svc;
  }

  private List<String> findings(JsonNode report) {
    List<String> lines = new ArrayList<>();
    for (JsonNode f : report.path("findings")) {
      lines.add(
          f.path("level").asText()
              + " "
              + f.path("status").asText()
              + " "
              + f.path("rule").asText()
              + " "
              + f.path("path").asText("(repository)")
              + (f.has("line") ? ":" + f.path("line").asInt() : ""));
    }
    return lines;
  }

  private JsonNode check(Path svc, Path cache) throws IOException {
    int code =
        trellis(
            "check",
            svc.toString(),
            "-f",
            "json",
            "--today",
            "2026-11-27",
            "--cache-dir",
            cache.toString());
    assertThat(code).as(err).isEqualTo(ExitCodes.FINDINGS);
    return new ObjectMapper().readTree(out);
  }

  @Test
  void driftIsReportedInJsonAndTheTaggedBaselineWorksOnceItsRepositoryIsGone() throws Exception {
    Path src = standards();
    Path svc = service();
    Path cache = dir.resolve("cache");
    JsonNode report = check(svc, cache);
    assertThat(findings(report))
        .containsExactly(
            "error open acme/no-env-files config/.env",
            "error waived acme/no-pem far/key.pem",
            "error waived acme/no-pem legacy/key.pem",
            "error open acme/no-pem old/key.pem",
            "error waived acme/no-pem soon/key.pem",
            "error open policy/locked-rule-weakened trellis.yml:3",
            "error open policy/unexplained-deviation trellis.yml:4",
            "info open policy/deviation trellis.yml:6",
            "error open policy/expired-waiver trellis.yml:9",
            "warn open policy/expiring-waiver trellis.yml:10",
            "error open policy/waiver-too-long trellis.yml:11",
            "warn open policy/unused-waiver trellis.yml:12");
    JsonNode baseline = report.path("baselines").get(0);
    assertThat(baseline.path("name").asText()).isEqualTo("acme-baseline");
    assertThat(baseline.path("version").asText()).isEqualTo("3");
    assertThat(baseline.path("source").asText()).isEqualTo("git:../standards#v3:baseline.yml");
    assertThat(baseline.path("pinned").asBoolean()).isTrue();
    assertThat(report.path("deviations").findValuesAsText("status"))
        .containsExactly("explained", "unexplained", "locked");
    assertThat(report.path("waivers").findValuesAsText("state"))
        .containsExactly("active", "expired", "expiring", "too-long", "unused");

    assertThat(
            trellis(
                "check",
                svc.toString(),
                "-f",
                "sarif",
                "--today",
                "2026-11-27",
                "--cache-dir",
                cache.toString()))
        .isEqualTo(ExitCodes.FINDINGS);
    JsonNode run = new ObjectMapper().readTree(out).path("runs").get(0);
    assertThat(run.path("results").findValuesAsText("ruleId"))
        .contains(
            "policy/locked-rule-weakened",
            "policy/unexplained-deviation",
            "policy/expired-waiver",
            "policy/unused-waiver");
    assertThat(run.path("tool").path("driver").path("rules").findValuesAsText("id"))
        .contains("policy/locked-rule-weakened", "policy/unused-waiver");

    try (Stream<Path> walk = Files.walk(src)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    assertThat(findings(check(svc, cache))).isEqualTo(findings(report));
  }

  @Test
  void acceptThenFixOneAndAddOne() throws Exception {
    standards();
    Path svc = dir.resolve("plain");
    write(
        svc.resolve("trellis.yml"),
        "extends: [\"git:../standards#v3:baseline.yml\"]",
        "deviations:",
        "  acme/license: { level: off, reason: internal tool }",
        "  acme/changelog: { level: off, reason: internal tool }");
    write(svc.resolve("a/.env"), "x");
    write(svc.resolve("b/.env"), "x");
    Path cache = dir.resolve("cache");
    String[] accept = {
      "accept", svc.toString(), "--today", "2026-11-27", "--cache-dir", cache.toString()
    };
    assertThat(trellis(accept)).as(err).isZero();
    assertThat(out)
        .isEqualTo(
            "trellis: accepted 2 findings in .trellis/accepted.json (2 new, 0 fixed and dropped)."
                + " Commit the file; later runs fail only on new findings.\n");
    String file = Files.readString(svc.resolve(".trellis/accepted.json"));
    assertThat(file.lines().filter(l -> l.contains("\"fingerprint\"")))
        .hasSize(2)
        .allMatch(l -> l.contains("\"rule\":\"acme/no-env-files\""));
    assertThat(
            trellis(
                "check", svc.toString(), "--today", "2026-11-27", "--cache-dir", cache.toString()))
        .as(out)
        .isZero();

    Files.delete(svc.resolve("a/.env"));
    write(svc.resolve("c/.env"), "x");
    JsonNode report = check(svc, cache);
    assertThat(findings(report))
        .containsExactly(
            "error accepted acme/no-env-files b/.env",
            "error open acme/no-env-files c/.env",
            "info open policy/deviation trellis.yml:3",
            "info open policy/deviation trellis.yml:4");
    assertThat(report.path("summary").path("fixed").asInt()).isEqualTo(1);
    assertThat(report.path("accepted").path("fixed").get(0).path("path").asText())
        .isEqualTo("a/.env");

    assertThat(trellis(accept)).isZero();
    assertThat(out)
        .startsWith("trellis: accepted 2 findings in .trellis/accepted.json (1 new, 1 fixed");
  }

  @Test
  void explainShowsWhereEachValueComesFrom() throws Exception {
    standards();
    Path svc = service();
    assertThat(
            trellis(
                "explain",
                "acme/no-env-files",
                svc.toString(),
                "--cache-dir",
                dir.resolve("cache").toString()))
        .as(err)
        .isZero();
    assertThat(out)
        .contains(
            "  level error from acme-baseline v3, baseline.yml@v3:6\n"
                + "  locked by acme-baseline v3, baseline.yml@v3:3: a repository cannot weaken it\n"
                + "  refused (locked): level off instead of error at trellis.yml:3; the baseline"
                + " sets error at acme-baseline v3, baseline.yml@v3:6\n");
  }
}
