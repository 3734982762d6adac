package dev.trellis.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reports' JSON without an ObjectMapper must be exactly what an ObjectMapper would write. */
class JsonTreesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final List<Object> VALUES =
      Arrays.asList(
          "text with \"quotes\", \\ and \u00e9 and \n",
          "",
          7,
          -3L,
          Long.MAX_VALUE,
          2.5,
          1.0f,
          new BigInteger("123456789012345678901234567890"),
          new BigDecimal("0.10"),
          true,
          false,
          null,
          List.of(),
          List.of("a", 1, List.of(true)),
          Map.of(),
          mapOf("k", List.of("x"), "n", 3, "z", null));

  private static Map<String, Object> mapOf(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void plainValuesBecomeTheTreesAnObjectMapperWouldMake() {
    for (Object value : VALUES) {
      assertThat(JsonTrees.of(value)).as("%s", value).isEqualTo(MAPPER.valueToTree(value));
    }
  }

  @Test
  void writesTheBytesAnObjectMapperWritesWithTheSamePrettyPrinter() throws Exception {
    ObjectNode root = JsonTrees.object();
    root.put("schema", "x/1");
    root.putObject("empty");
    root.putArray("none");
    for (int i = 0; i < VALUES.size(); i++) {
      root.set("v" + i, JsonTrees.of(VALUES.get(i)));
    }
    root.putArray("objects").addObject().put("a", 1).putObject("b").put("c", 0.25);

    StringWriter ours = new StringWriter();
    JsonTrees.write(root, ours);
    String theirs = MAPPER.writer(JsonTrees.PRETTY).writeValueAsString(root) + "\n";

    assertThat(ours.toString()).isEqualTo(theirs);
    JsonNode back = MAPPER.readTree(ours.toString());
    assertThat(back.get("v13")).isEqualTo(MAPPER.valueToTree(List.of("a", 1, List.of(true))));
  }
}
