package dev.trellis.core.policy;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The policy in force for one repository: the {@code extends} chain merged (last wins) with the
 * repository's own file, each value with its provenance, and the drift of that file from its
 * baseline.
 *
 * @param baselines the policies extended, in order, then the repository file if any
 * @param repoFile the repository's own policy file as the user knows it, if there is one
 * @param rules every rule the policy mentions, with its level and options; rules it does not
 *     mention do not run (the {@code policy/} checks excepted, see {@link PolicyChecks})
 * @param teams who may own code
 * @param sections signal settings ({@code codeowners:}, {@code adr:} ...) by section name
 * @param declared the declarative rules the policy defines
 * @param catalog every rule known in this run, declarative ones included
 * @param locked the rules the baselines lock, with where each is locked
 * @param deviations every setting where the repository file weakens its baseline, sorted by rule
 * @param waivers the repository's waivers, in file order
 * @param waiverMaxDays the longest a waiver may run from today, when a policy says
 */
public record EffectivePolicy(
    List<BaselineRef> baselines,
    Optional<String> repoFile,
    Map<String, RuleSetting> rules,
    List<String> teams,
    Map<String, Map<String, Object>> sections,
    List<Rule> declared,
    RuleCatalog catalog,
    Map<String, Provenance> locked,
    List<Deviation> deviations,
    List<Waiver> waivers,
    OptionalInt waiverMaxDays) {

  public EffectivePolicy {
    baselines = List.copyOf(baselines);
    rules = Map.copyOf(rules);
    teams = List.copyOf(teams);
    sections = Map.copyOf(sections);
    declared = List.copyOf(declared);
    locked = Map.copyOf(locked);
    deviations = List.copyOf(deviations);
    waivers = List.copyOf(waivers);
  }

  /** A policy without drift information (tests, tools that build a policy by hand). */
  public EffectivePolicy(
      List<BaselineRef> baselines,
      Optional<String> repoFile,
      Map<String, RuleSetting> rules,
      List<String> teams,
      Map<String, Map<String, Object>> sections,
      List<Rule> declared,
      RuleCatalog catalog) {
    this(
        baselines,
        repoFile,
        rules,
        teams,
        sections,
        declared,
        catalog,
        Map.of(),
        List.of(),
        List.of(),
        OptionalInt.empty());
  }

  /** The level of a rule: {@code OFF} when the policy does not mention it. */
  public Level level(String ruleId) {
    RuleSetting s = rules.get(ruleId);
    return s == null ? Level.OFF : s.level();
  }

  /**
   * The level of a rule that runs whether or not the policy mentions it (the {@code policy/}
   * checks): the policy's level when set, else the rule's default.
   */
  public Level levelOrDefault(RuleInfo info) {
    RuleSetting s = rules.get(info.id());
    return s == null ? info.defaultLevel() : s.level();
  }

  public Map<String, Object> section(String name) {
    return sections.getOrDefault(name, Map.of());
  }

  /** The locked rules' ids. */
  public Set<String> lockedIds() {
    return locked.keySet();
  }
}
