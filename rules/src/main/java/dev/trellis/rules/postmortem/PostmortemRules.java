package dev.trellis.rules.postmortem;

import dev.trellis.core.rule.Rule;
import java.util.List;

/** The rules of the {@code postmortem/} area, sorted by id. */
public final class PostmortemRules {
  private PostmortemRules() {}

  public static List<Rule> all() {
    return List.of(new ActionItemsRule(), new BlamelessRule(), new TemplateRule());
  }
}
