package dev.trellis.rules;

import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The built-in rule pack: one explicit list per area, no classpath scanning. A test checks that
 * every rule class is listed here.
 */
public final class BuiltinRules implements RuleProvider {
  private static final List<Rule> ALL = build();

  private static List<Rule> build() {
    List<Rule> all = new ArrayList<>();
    all.addAll(dev.trellis.rules.adr.AdrRules.all());
    all.addAll(dev.trellis.rules.codeowners.CodeownersRules.all());
    all.addAll(dev.trellis.rules.policy.PolicyRules.all());
    all.addAll(dev.trellis.rules.postmortem.PostmortemRules.all());
    all.addAll(dev.trellis.rules.purpose.PurposeRules.all());
    all.addAll(dev.trellis.rules.review.ReviewRules.all());
    all.addAll(dev.trellis.rules.rituals.RitualsRules.all());
    all.sort(Comparator.comparing(r -> r.info().id()));
    return List.copyOf(all);
  }

  @Override
  public List<Rule> rules() {
    return ALL;
  }
}
