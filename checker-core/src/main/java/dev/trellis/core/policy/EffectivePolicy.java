package dev.trellis.core.policy;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Rule;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policy in force for one repository: the {@code extends} chain merged (last wins) with the
 * repository's own file, each value with its provenance.
 *
 * @param baselines the policies extended, in order, then the repository file if any
 * @param repoFile the repository's own policy file as the user knows it, if there is one
 * @param rules every rule the policy mentions, with its level and options; rules it does not
 *     mention do not run
 * @param teams who may own code
 * @param sections signal settings ({@code codeowners:}, {@code adr:} ...) by section name
 * @param declared the declarative rules the policy defines
 * @param catalog every rule known in this run, declarative ones included
 */
public record EffectivePolicy(
    List<BaselineRef> baselines,
    Optional<String> repoFile,
    Map<String, RuleSetting> rules,
    List<String> teams,
    Map<String, Map<String, Object>> sections,
    List<Rule> declared,
    RuleCatalog catalog) {

  public EffectivePolicy {
    baselines = List.copyOf(baselines);
    rules = Map.copyOf(rules);
    teams = List.copyOf(teams);
    sections = Map.copyOf(sections);
    declared = List.copyOf(declared);
  }

  public Level level(String ruleId) {
    RuleSetting s = rules.get(ruleId);
    return s == null ? Level.OFF : s.level();
  }

  public Map<String, Object> section(String name) {
    return sections.getOrDefault(name, Map.of());
  }
}
