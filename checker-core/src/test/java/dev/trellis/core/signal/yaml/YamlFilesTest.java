package dev.trellis.core.signal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.policy.YamlDocument;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.Node;

class YamlFilesTest {
  private final Node root =
      YamlDocument.parse(
              "ci.yml",
              """
              jobs:
                build:
                  steps:
                    - uses: actions/checkout@v4
                    - run: make
              """)
          .root()
          .orElseThrow();

  @Test
  void aDottedPathFollowsKeysAndListIndexes() {
    YamlFiles.Lookup lookup = YamlFiles.find(root, "jobs.build.steps.1.run");
    assertThat(lookup.value().flatMap(YamlDocument::scalar)).contains("make");
    assertThat(lookup.line()).isEqualTo(5);
    assertThat(lookup.missing()).isEmpty();
  }

  @Test
  void aMissingSegmentSaysWhatWasFoundAndWhere() {
    YamlFiles.Lookup lookup = YamlFiles.find(root, "jobs.build.timeout-minutes");
    assertThat(lookup.value()).isEmpty();
    assertThat(lookup.found()).isEqualTo("jobs.build");
    assertThat(lookup.line()).isEqualTo(2);
    assertThat(lookup.missing()).contains("timeout-minutes");
  }

  @Test
  void anIndexPastTheEndOfAListIsMissing() {
    assertThat(YamlFiles.find(root, "jobs.build.steps.2").missing()).contains("2");
  }
}
