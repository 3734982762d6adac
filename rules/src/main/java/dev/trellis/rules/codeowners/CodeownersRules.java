package dev.trellis.rules.codeowners;

import dev.trellis.core.rule.Rule;
import java.util.List;

/** The rules of the {@code codeowners/} area, sorted by id. */
public final class CodeownersRules {
  private CodeownersRules() {}

  public static List<Rule> all() {
    return List.of(
        new CoverageRule(),
        new DuplicateRule(),
        new IgnoredFileRule(),
        new OwnersRule(),
        new PresentRule(),
        new ShadowedRule(),
        new SyntaxRule(),
        new UnmatchedRule());
  }
}
