package dev.trellis.rules.adr;

import dev.trellis.core.rule.Rule;
import java.util.List;

/** The rules of the {@code adr/} area, sorted by id. */
public final class AdrRules {
  private AdrRules() {}

  public static List<Rule> all() {
    return List.of(
        new FreshnessRule(),
        new IndexRule(),
        new LinksRule(),
        new NamingRule(),
        new PresentRule(),
        new SectionsRule(),
        new StatusRule(),
        new TemplateRule());
  }
}
