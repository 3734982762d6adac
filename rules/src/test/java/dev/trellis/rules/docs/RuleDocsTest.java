package dev.trellis.rules.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.docs.RuleDocs;
import dev.trellis.core.policy.PolicyChecks;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.rules.BuiltinRules;
import dev.trellis.testkit.FixtureExamples;
import dev.trellis.testkit.FixtureIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checked-in pages of docs/rules are what the built-in rules' metadata and fixtures generate
 * today. Run with {@code -Dtrellis.docs=write} to regenerate them ({@link RuleDocs#REGENERATE}).
 */
class RuleDocsTest {
  private static final Path DOCS = Path.of("..", "docs", "rules");

  @Test
  void theCheckedInRulePagesMatchTheRulesMetadataAndFixtures() throws Exception {
    List<RuleInfo> infos =
        new ArrayList<>(new BuiltinRules().rules().stream().map(Rule::info).toList());
    // the policy/ checks have metadata in core and no rule class; they get pages too
    infos.addAll(PolicyChecks.ALL);
    infos.sort(java.util.Comparator.comparing(RuleInfo::id));
    Map<String, RuleDocs.Example> examples = FixtureExamples.of(FixtureIndex.scan("fixtures"));
    if ("write".equals(System.getProperty("trellis.docs"))) {
      RuleDocs.write(DOCS, infos, examples);
    }
    List<String> stale = RuleDocs.stale(DOCS, infos, examples);
    assertThat(stale)
        .as(
            "docs/rules is out of date with the rules' metadata and fixtures:%n  %s%n"
                + "Regenerate it from the repository root with:%n  %s%nand commit the result.",
            String.join("\n  ", stale), RuleDocs.REGENERATE)
        .isEmpty();
  }
}
