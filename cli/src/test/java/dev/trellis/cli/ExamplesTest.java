package dev.trellis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples the README sends a new user to: the compliant service passes Acme's baseline and the
 * drifting one fails it, for reasons anyone can read.
 */
class ExamplesTest {
  private static final Path EXAMPLES = Path.of("").toAbsolutePath().getParent().resolve("examples");

  private static Set<String> ruleIds(CliRun run, String level) throws Exception {
    JsonNode root = new ObjectMapper().readTree(run.out());
    Set<String> ids = new TreeSet<>();
    for (JsonNode f : root.get("findings")) {
      if (f.get("level").asText().equals(level) && f.get("status").asText().equals("open")) {
        ids.add(f.get("rule").asText());
      }
    }
    return ids;
  }

  @Test
  void theCompliantServicePassesTheAcmeBaseline() throws Exception {
    Path service = EXAMPLES.resolve("compliant-service");
    assertThat(service.resolve("trellis.yml")).exists();

    CliRun run = CliRun.of("check", service.toString(), "-f", "json");

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(ruleIds(run, "error")).as(run.toString()).isEmpty();
  }

  @Test
  void theDriftingServiceFailsTheAcmeBaselineInSeveralWays() throws Exception {
    Path service = EXAMPLES.resolve("drifting-service");
    assertThat(Files.isRegularFile(service.resolve(".env"))).isTrue();

    CliRun run = CliRun.of("check", service.toString(), "-f", "json");

    assertThat(run.exit()).as(run.toString()).isEqualTo(1);
    assertThat(ruleIds(run, "error"))
        .as(run.toString())
        .contains(
            "purpose/readme",
            "rituals/security-policy",
            "codeowners/owners",
            "postmortem/blameless");
    assertThat(ruleIds(run, "warn"))
        .as(run.toString())
        .contains(
            "adr/status",
            "acme/pr-template",
            "postmortem/template",
            "acme/no-console-logging",
            "codeowners/unmatched");
  }

  @Test
  void theAcmeBaselineFindsConsoleLoggingInEveryModuleButNotInComments(@TempDir Path repo)
      throws Exception {
    Path baseline = EXAMPLES.resolve("acme-baseline/src/main/resources/acme/baseline.yml");
    Files.writeString(repo.resolve("trellis.yml"), "extends:\n  - file:" + baseline + "\n");
    Path billing = repo.resolve("billing/src/main/java/com/acme/billing/Billing.java");
    Files.createDirectories(billing.getParent());
    Files.writeString(
        billing,
        """
        /**
         * Example: <pre>System.out.println(new Billing());</pre>
         */
        class Billing {
          void run() {
            // System.err.println("debug");
            System.out.println(1);
          }
        }
        """);

    CliRun run = CliRun.of("check", repo.toString(), "-f", "json", "--fail-on", "never");

    JsonNode logging = new ObjectMapper().readTree(run.out()).get("findings");
    List<String> where = new ArrayList<>();
    for (JsonNode f : logging) {
      if (f.get("rule").asText().equals("acme/no-console-logging")) {
        where.add(
            f.path("path").asText()
                + " "
                + f.path("line").asText()
                + " "
                + f.get("message").asText());
      }
    }
    assertThat(where)
        .as(run.toString())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("billing/src/main/java/com/acme/billing/Billing.java 7 ")
        .doesNotContain("matches no file");
  }

  @Test
  void theBaselineNamesItselfAndItsVersion() throws Exception {
    Path baseline = EXAMPLES.resolve("acme-baseline/src/main/resources/acme/baseline.yml");

    assertThat(baseline).content().contains("name: acme-baseline\n", "version: 3\n", "locked: [");
  }
}
