package dev.trellis.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.trellis.core.engine.CheckResult;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {
  private static final Path SCHEMA = Path.of("../docs/trellis-report-1.schema.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path scratch;

  static Set<ValidationMessage> validate(String json) throws Exception {
    JsonSchema schema;
    try (InputStream in = Files.newInputStream(SCHEMA)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
    return schema.validate(MAPPER.readTree(json));
  }

  @Test
  void theSampleReportIsPinnedByItsGoldenFile() throws Exception {
    String json =
        Golden.render(
            new JsonReport(), SampleResult.create(scratch), SampleResult.OPTIONS, scratch);

    Golden.assertMatches(json, "sample.json");
  }

  @Test
  void realOutputValidatesAgainstTheDocumentedSchema() throws Exception {
    CheckResult result = SampleResult.create(scratch);

    assertThat(validate(Golden.render(new JsonReport(), result, SampleResult.OPTIONS))).isEmpty();
    assertThat(
            validate(
                Golden.render(new JsonReport(), result, SampleResult.OPTIONS.withTimings(true))))
        .isEmpty();
    assertThat(
            validate(
                Golden.render(new JsonReport(), SampleResult.clean(scratch), SampleResult.OPTIONS)))
        .isEmpty();
  }

  @Test
  void theSchemaRejectsWhatTheFormatDoesNotAllow() throws Exception {
    JsonNode report =
        MAPPER.readTree(
            Golden.render(new JsonReport(), SampleResult.create(scratch), SampleResult.OPTIONS));
    ((com.fasterxml.jackson.databind.node.ObjectNode) report.get("findings").get(0))
        .put("status", "ignored");
    ((com.fasterxml.jackson.databind.node.ObjectNode) report).put("surprise", 1);

    assertThat(validate(report.toString()))
        .extracting(ValidationMessage::getMessage)
        .containsExactlyInAnyOrder(
            "$.findings[0].status: does not have a value in the enumeration [\"open\", \"waived\","
                + " \"accepted\"]",
            "$: property 'surprise' is not defined in the schema and the schema does not allow"
                + " additional properties");
  }

  @Test
  void timingsAppearOnlyWhenAskedFor() throws Exception {
    CheckResult result = SampleResult.create(scratch);

    JsonNode without =
        MAPPER.readTree(Golden.render(new JsonReport(), result, SampleResult.OPTIONS));
    JsonNode with =
        MAPPER.readTree(
            Golden.render(new JsonReport(), result, SampleResult.OPTIONS.withTimings(true)));

    assertThat(without.has("timings")).isFalse();
    assertThat(with.get("timings").toString())
        .isEqualTo(
            "{\"rules\":{\"adr/status\":1.25,\"codeowners/coverage\":12.346,"
                + "\"purpose/readme\":0.09,\"rituals/changelog\":0.4},"
                + "\"signals\":{\"codeowners\":8.0}}");
  }

  @Test
  void aCleanRunPassesAndStillListsEveryRuleThatRan() throws Exception {
    JsonNode report =
        MAPPER.readTree(
            Golden.render(new JsonReport(), SampleResult.clean(scratch), SampleResult.OPTIONS));

    assertThat(report.get("verdict").asText()).isEqualTo("pass");
    assertThat(report.get("rules").findValuesAsText("id"))
        .containsExactly(
            "adr/status", "codeowners/coverage", "purpose/readme", "rituals/changelog");
    assertThat(report.get("findings")).isEmpty();
  }
}
