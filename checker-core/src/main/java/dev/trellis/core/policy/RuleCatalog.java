package dev.trellis.core.policy;

import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.rule.RuleProvider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Every rule Trellis knows in a run: built-in and custom rules found through {@link ServiceLoader}
 * ({@link RuleProvider} and {@link Rule}), plus the {@code policy/} checks that core produces
 * itself ({@link PolicyChecks}): those have metadata but no {@link Rule} to run. Resolves aliases.
 */
public final class RuleCatalog {
  private final Map<String, Rule> rules;
  private final Map<String, String> aliases;

  private RuleCatalog(Map<String, Rule> rules, Map<String, String> aliases) {
    this.rules = rules;
    this.aliases = aliases;
  }

  /**
   * The rules visible to {@code loader}: every {@link RuleProvider} and every {@link Rule} service.
   */
  public static RuleCatalog load(ClassLoader loader) {
    List<Rule> found = new ArrayList<>();
    for (RuleProvider provider : ServiceLoader.load(RuleProvider.class, loader)) {
      found.addAll(provider.rules());
    }
    for (Rule rule : ServiceLoader.load(Rule.class, loader)) {
      found.add(rule);
    }
    return of(found);
  }

  public static RuleCatalog of(Collection<Rule> rules) {
    Map<String, Rule> byId = new TreeMap<>();
    Map<String, String> aliases = new HashMap<>();
    for (Rule rule : rules) {
      RuleInfo info = rule.info();
      Rule previous = byId.putIfAbsent(info.id(), rule);
      if (previous != null && previous.getClass() != rule.getClass()) {
        throw new IllegalStateException(
            "two rules claim the id '"
                + info.id()
                + "': "
                + previous.getClass().getName()
                + " and "
                + rule.getClass().getName());
      }
      for (String alias : info.aliases()) {
        aliases.put(alias, info.id());
      }
    }
    return new RuleCatalog(Map.copyOf(byId), Map.copyOf(aliases));
  }

  /** A catalog with more rules (declarative ones from a policy). */
  public RuleCatalog with(Collection<Rule> more) {
    List<Rule> all = new ArrayList<>(rules.values());
    all.addAll(more);
    return of(all);
  }

  /** The current id for {@code id} or one of its aliases. */
  public Optional<String> resolve(String id) {
    if (rules.containsKey(id) || PolicyChecks.isPolicyCheck(id)) {
      return Optional.of(id);
    }
    return Optional.ofNullable(aliases.get(id));
  }

  public Optional<Rule> rule(String id) {
    return resolve(id).map(rules::get);
  }

  /** All rules, sorted by id. */
  public Collection<Rule> all() {
    return new TreeMap<>(rules).values();
  }

  /** Every id known, the {@code policy/} checks included, sorted. */
  public Collection<String> ids() {
    return infos().stream().map(RuleInfo::id).toList();
  }

  /** The metadata of {@code id} (or one of its aliases), for runnable rules and policy checks. */
  public Optional<RuleInfo> info(String id) {
    Optional<String> resolved = resolve(id);
    if (resolved.isEmpty()) {
      return Optional.empty();
    }
    Rule rule = rules.get(resolved.get());
    if (rule != null) {
      return Optional.of(rule.info());
    }
    return PolicyChecks.ALL.stream().filter(i -> i.id().equals(resolved.get())).findFirst();
  }

  /** The metadata of every rule and policy check, sorted by id. */
  public List<RuleInfo> infos() {
    Map<String, RuleInfo> all = new TreeMap<>();
    for (RuleInfo info : PolicyChecks.ALL) {
      all.put(info.id(), info);
    }
    for (Rule rule : rules.values()) {
      all.put(rule.info().id(), rule.info());
    }
    return List.copyOf(all.values());
  }
}
