package com.acme.trellis;

import dev.trellis.testkit.RuleFixtures;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every fixture case under src/test/resources/fixtures/acme/. */
class RuleFixturesTest {
  @TestFactory
  Stream<DynamicTest> fixtures() {
    return RuleFixtures.discover("fixtures/acme");
  }
}
