package dev.trellis.rules.adr;

import dev.trellis.testkit.RuleFixtures;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every case under fixtures/adr: one folder per rule, one tiny repository per case. */
class AdrFixturesTest {
  @TestFactory
  Stream<DynamicTest> fixtures() {
    return RuleFixtures.discover("fixtures/adr");
  }
}
