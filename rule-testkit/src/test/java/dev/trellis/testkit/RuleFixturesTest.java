package dev.trellis.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

class RuleFixturesTest {

  @TestFactory
  Stream<DynamicTest> fixtures() {
    return RuleFixtures.discover("fixtures/kit");
  }

  @TestFactory
  Stream<DynamicTest> policyFixtures() {
    return RuleFixtures.discoverPolicyCases("policy-fixtures");
  }

  @Test
  void aPolicyCaseComparesTheFindingsOfEveryRuleThePolicyEnables() {
    assertThat(
            RuleFixtures.discoverPolicyCases("broken-policy-fixtures")
                .map(DynamicTest::getDisplayName))
        .containsExactly("broken-policy-fixtures/unmarked");
    assertThatThrownBy(
            () ->
                RuleFixtures.discoverPolicyCases("broken-policy-fixtures")
                    .findFirst()
                    .orElseThrow()
                    .getExecutable()
                    .execute())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            """
            broken-policy-fixtures/unmarked: 0 missing, 2 unexpected finding(s)
            unexpected (reported, not expected):
              + .env acme/no-env-files The file matches '**/.env' and must not be in the repository.
              + README.md:3 kit/words README.md:3: 'FIXME' is left in the text.
            reported:
                .env acme/no-env-files The file matches '**/.env' and must not be in the repository.
                README.md:3 kit/words README.md:3: 'FIXME' is left in the text.
            """);
  }

  @Test
  void everyCaseFolderBecomesOneTestNamedByRuleAndCase() {
    assertThat(RuleFixtures.discover("fixtures/kit").map(DynamicTest::getDisplayName))
        .containsExactly(
            "kit/words/clean",
            "kit/words/expected-file",
            "kit/words/marker-above",
            "kit/words/marker-on-the-line",
            "kit/words/no-readme",
            "kit/words/options-from-policy",
            "kit/words/policy-mistake");
  }

  @Test
  void aMarkedLineWithoutItsFindingFailsAsMissing() {
    assertThatThrownBy(() -> run("broken-fixtures/kit", "kit/words/missing-finding"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            """
            kit/words/missing-finding: 1 missing, 0 unexpected finding(s)
            missing (expected, not reported):
              - README.md:3 kit/words   [expected at README.md:2]
            reported: nothing
            """);
  }

  @Test
  void aFindingOnAnUnmarkedLineFailsAsUnexpected() {
    assertThatThrownBy(() -> run("broken-fixtures/kit", "kit/words/unexpected-finding"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            """
            kit/words/unexpected-finding: 0 missing, 1 unexpected finding(s)
            unexpected (reported, not expected):
              + README.md:3 kit/words README.md:3: 'TODO' is left in the text.
            reported:
                README.md:3 kit/words README.md:3: 'TODO' is left in the text.
            """);
  }

  @Test
  void aMessageWithoutTheQuotedFragmentFailsAndShowsWhatThatLineGot() {
    assertThatThrownBy(() -> run("broken-fixtures/kit", "kit/words/wrong-fragment"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            """
            kit/words/wrong-fragment: 1 missing, 1 unexpected finding(s)
            missing (expected, not reported):
              - README.md:3 kit/words 'is missing'   [expected at README.md:3]
                  that place got: README.md:3: 'TODO' is left in the text.
            unexpected (reported, not expected):
              + README.md:3 kit/words README.md:3: 'TODO' is left in the text.
            reported:
                README.md:3 kit/words README.md:3: 'TODO' is left in the text.
            """);
  }

  @Test
  void aRuleThatCrashesFailsWithItsExceptionAsTheCause() {
    assertThatThrownBy(() -> run("broken-fixtures/kit", "kit/crash/any"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            """
            kit/crash/any: the rule 'kit/crash' crashed (engine/rule-failed):\
             java.lang.IllegalStateException: the signal was not what the rule assumed
            kit/crash/any: 0 missing, 1 unexpected finding(s)
            unexpected (reported, not expected):
              + (repository) engine/rule-failed Rule 'kit/crash' could not run:\
             IllegalStateException: the signal was not what the rule assumed. Its checks did not\
             happen.
            reported:
                (repository) engine/rule-failed Rule 'kit/crash' could not run:\
             IllegalStateException: the signal was not what the rule assumed. Its checks did not\
             happen.
            """)
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void anUnreadableOrDanglingMarkerFailsTheCaseInsteadOfBeingIgnored() {
    assertThatThrownBy(() -> run("broken-fixtures/kit", "kit/words/unreadable-marker"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            """
            kit/words/unreadable-marker: the fixture's expectations cannot be read:
              README.md:3: cannot read the marker 'expect: Kit/Words'. Write expect: area/rule,\
             optionally followed by 'a fragment of the message'.
              README.md:4: the marker 'expect: kit/words' stands alone on the last line, so there\
             is no line below it to expect a finding on. Put it at the end of the offending line,\
             or use expected.txt.""");
  }

  @Test
  void aFolderThatNamesNoKnownRuleSaysWhichRulesTheAreaHas() {
    assertThatThrownBy(() -> run("broken-fixtures/kit", "kit/wrods/any"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            "kit/wrods/any: no rule 'kit/wrods' on the test classpath, and the case's trellis.yml"
                + " declares no rule. Rules in the area 'kit': [kit/crash, kit/words]. Fixture"
                + " folders are fixtures/<area>/<rule>/<case>/, and a rule is found through its"
                + " RuleProvider or META-INF/services/dev.trellis.core.rule.Rule.");
  }

  static void run(String root, String name) throws Throwable {
    List<DynamicTest> tests =
        RuleFixtures.discover(root).filter(t -> t.getDisplayName().equals(name)).toList();
    assertThat(tests).hasSize(1);
    tests.get(0).getExecutable().execute();
  }
}
