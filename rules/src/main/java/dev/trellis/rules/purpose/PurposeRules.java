package dev.trellis.rules.purpose;

import dev.trellis.core.rule.Rule;
import java.util.List;

/** The rules of the {@code purpose/} area, sorted by id. */
public final class PurposeRules {
  private PurposeRules() {}

  public static List<Rule> all() {
    return List.of(new ReadmeRule());
  }
}
