package dev.trellis.rules.declarative;

import dev.trellis.testkit.RuleFixtures;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The declarative rule types, each case declaring its rules in its own trellis.yml. */
class DeclarativeFixturesTest {
  @TestFactory
  Stream<DynamicTest> fixtures() {
    return RuleFixtures.discover("fixtures/declarative");
  }
}
