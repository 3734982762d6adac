package dev.trellis.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FixtureIndexTest {

  @Test
  void everyCaseIsListedWithTheRulesItExpectsFindingsOf() {
    assertThat(FixtureIndex.scan("fixtures", "no-such-root"))
        .extracting(c -> c + " " + c.fires() + " " + c.expects())
        .containsExactly(
            "fixtures/kit/words/clean false []",
            "fixtures/kit/words/expected-file true [kit/words]",
            "fixtures/kit/words/marker-above true [kit/words]",
            "fixtures/kit/words/marker-on-the-line true [kit/words]",
            "fixtures/kit/words/no-readme true [kit/words]",
            "fixtures/kit/words/options-from-policy true [kit/words]",
            "fixtures/kit/words/policy-mistake false [trellis/config]");
  }
}
