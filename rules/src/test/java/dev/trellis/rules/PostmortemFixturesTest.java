package dev.trellis.rules;

import dev.trellis.testkit.RuleFixtures;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class PostmortemFixturesTest {
  @TestFactory
  Stream<DynamicTest> fixtures() {
    return RuleFixtures.discover("fixtures/postmortem");
  }
}
