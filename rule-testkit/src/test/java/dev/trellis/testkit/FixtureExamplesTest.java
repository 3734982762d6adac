package dev.trellis.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.docs.RuleDocs;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FixtureExamplesTest {

  @Test
  void anExampleIsTheFirstFiringCaseWithItsRealFindingsAndTheCleanCase() {
    Map<String, RuleDocs.Example> examples = FixtureExamples.of(FixtureIndex.scan("fixtures"));
    RuleDocs.Example words = examples.get("kit/words");

    assertThat(words.brokenCase()).isEqualTo("fixtures/kit/words/expected-file");
    assertThat(words.before())
        .extracting(RuleDocs.ExampleFile::path)
        .containsExactly("data.json", "empty.txt");
    assertThat(words.findings())
        .containsExactly(
            "data.json:2 kit/words data.json:2: 'TODO' is left in the text.",
            "empty.txt kit/words empty.txt is empty. Write something or delete it.");
    assertThat(words.fixedCase()).isEqualTo(Optional.of("fixtures/kit/words/clean"));
    assertThat(words.after()).extracting(RuleDocs.ExampleFile::path).containsExactly("README.md");
    assertThat(words.removed()).isEmpty();
  }
}
