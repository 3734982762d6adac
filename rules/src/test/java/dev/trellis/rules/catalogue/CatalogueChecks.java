package dev.trellis.rules.catalogue;

import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.testkit.FixtureIndex;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks of the rule catalogue, as functions from what was found to the problems in it, each
 * problem a sentence telling the rule's author what to add or change.
 */
final class CatalogueChecks {
  private CatalogueChecks() {}

  /** Rule classes that no area list registers. */
  static List<String> unregistered(Collection<Class<?>> ruleClasses, List<Rule> registered) {
    Set<Class<?>> listed = new java.util.HashSet<>();
    registered.forEach(r -> listed.add(r.getClass()));
    List<String> out = new ArrayList<>();
    for (Class<?> c : ruleClasses) {
      if (!listed.contains(c)) {
        String area = area(c);
        out.add(
            c.getName()
                + " implements Rule but is not registered: add `new "
                + c.getSimpleName()
                + "()` to "
                + "dev.trellis.rules."
                + area
                + "."
                + capitalise(area)
                + "Rules.all(), sorted by id.");
      }
    }
    return out;
  }

  /** Duplicate ids, and ids whose area is not the package their class lives in. */
  static List<String> badIds(List<Rule> rules) {
    List<String> out = new ArrayList<>();
    Map<String, String> owners = new HashMap<>();
    for (Rule r : rules) {
      RuleInfo info = r.info();
      String previous = owners.putIfAbsent(info.id(), r.getClass().getName());
      if (previous != null) {
        out.add(
            "the id '"
                + info.id()
                + "' is used by both "
                + previous
                + " and "
                + r.getClass().getName()
                + ": ids are unique; rename one and keep its old id as an alias if it shipped.");
      }
      for (String alias : info.aliases()) {
        if (!RuleInfo.ID.matcher(alias).matches() || alias.equals(info.id())) {
          out.add(
              "rule '"
                  + info.id()
                  + "' has the alias '"
                  + alias
                  + "', which is not a former id of the form area/name.");
        }
      }
      String area = area(r.getClass());
      if (!area.equals(info.area())) {
        out.add(
            "rule '"
                + info.id()
                + "' lives in the package dev.trellis.rules."
                + area
                + ": its id must start with '"
                + area
                + "/', or the class belongs in dev.trellis.rules."
                + info.area()
                + ".");
      }
    }
    return out;
  }

  /** Metadata that a docs page or {@code trellis explain} would show empty or sloppy. */
  static List<String> badMetadata(List<Rule> rules) {
    List<String> out = new ArrayList<>();
    for (Rule r : rules) {
      RuleInfo info = r.info();
      String id = info.id();
      if (info.title().isBlank()) {
        out.add("rule '" + id + "' has no title: say in one line what a passing repository does.");
      } else if (info.title().strip().endsWith(".")) {
        out.add("rule '" + id + "' has a title ending with '.': titles are one line, no period.");
      }
      if (info.rationale().isBlank()) {
        out.add(
            "rule '"
                + id
                + "' has no rationale: say why it matters in one or two sentences a team lead"
                + " would accept.");
      }
      if (info.fix().isBlank()) {
        out.add("rule '" + id + "' has no fix: say how to fix a finding.");
      }
      for (OptionSpec o : info.options()) {
        if (o.description().isBlank()) {
          out.add(
              "option '"
                  + o.name()
                  + "' of rule '"
                  + id
                  + "' has no description: say what it sets.");
        }
      }
      if (!info.equals(r.info())) {
        out.add("rule '" + id + "' returns different metadata on each call to info().");
      }
    }
    return out;
  }

  /** Rules without a case that fires and a case that stays clean. */
  static List<String> missingFixtures(List<Rule> rules, List<FixtureIndex.Case> cases) {
    List<String> out = new ArrayList<>();
    for (Rule r : rules) {
      String id = r.info().id();
      List<FixtureIndex.Case> mine = cases.stream().filter(c -> c.ruleId().equals(id)).toList();
      if (mine.stream().noneMatch(FixtureIndex.Case::fires)) {
        out.add(
            "rule '"
                + id
                + "' has no firing fixture: add rules/src/test/resources/fixtures/"
                + id
                + "/<case>/, a tiny repository with a finding marked where it occurs (# expect: "
                + id
                + ") or listed in its expected.txt.");
      }
      if (mine.stream().allMatch(FixtureIndex.Case::fires)) {
        out.add(
            "rule '"
                + id
                + "' has no clean fixture: add rules/src/test/resources/fixtures/"
                + id
                + "/<case>/, a tiny repository the rule passes, with no expect: markers.");
      }
    }
    return out;
  }

  /**
   * Fields that can change: not final, or holding a mutable value (an array, a mutable collection,
   * a builder). Rules run in parallel and must hold no state, so each registered instance is looked
   * at, values included.
   */
  static List<String> mutableFields(Collection<Rule> rules) {
    List<String> out = new ArrayList<>();
    Set<String> mutableTypes =
        Set.of(
            "java.util.ArrayList",
            "java.util.LinkedList",
            "java.util.HashMap",
            "java.util.LinkedHashMap",
            "java.util.TreeMap",
            "java.util.HashSet",
            "java.util.LinkedHashSet",
            "java.util.TreeSet",
            "java.lang.StringBuilder",
            "java.util.concurrent.atomic.AtomicInteger",
            "java.util.concurrent.atomic.AtomicLong",
            "java.util.concurrent.atomic.AtomicReference");
    for (Rule rule : rules) {
      Class<?> c = rule.getClass();
      for (Field f : c.getDeclaredFields()) {
        if (f.isSynthetic()) {
          continue;
        }
        String where = c.getName() + "." + f.getName();
        if (!Modifier.isFinal(f.getModifiers())) {
          out.add(
              where
                  + " is not final: rules run in parallel and hold no state; make it final and"
                  + " immutable, or compute the value inside check().");
          continue;
        }
        Object value;
        try {
          f.setAccessible(true);
          value = f.get(Modifier.isStatic(f.getModifiers()) ? null : rule);
        } catch (ReflectiveOperationException | RuntimeException e) {
          continue;
        }
        if (value != null
            && (value.getClass().isArray() || mutableTypes.contains(value.getClass().getName()))) {
          out.add(
              where
                  + " holds "
                  + article(value.getClass().getSimpleName())
                  + ", which can change: use List.of/Map.of/Set.of (or List.copyOf) instead.");
        }
      }
    }
    return out;
  }

  /** Area lists ({@code AdrRules.all()}) that are not sorted by id. */
  static List<String> unsortedAreaLists(Map<String, List<Rule>> byList) {
    List<String> out = new ArrayList<>();
    byList.forEach(
        (name, rules) -> {
          List<String> ids = rules.stream().map(r -> r.info().id()).toList();
          List<String> sorted = new ArrayList<>(new TreeSet<>(ids));
          if (!ids.equals(sorted)) {
            out.add(name + ".all() is not sorted by id: " + ids + "; sort it as " + sorted + ".");
          }
        });
    return out;
  }

  private static String area(Class<?> c) {
    String pkg = c.getPackageName();
    String prefix = "dev.trellis.rules.";
    if (!pkg.startsWith(prefix)) {
      return pkg;
    }
    String rest = pkg.substring(prefix.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static String article(String noun) {
    return ("AEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
