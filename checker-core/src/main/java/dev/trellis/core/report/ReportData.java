package dev.trellis.core.report;

import dev.trellis.core.engine.CheckResult;
import dev.trellis.core.engine.Engine;
import dev.trellis.core.policy.BaselineRef;
import dev.trellis.core.policy.RuleSetting;
import dev.trellis.core.rule.Finding;
import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What every format derives from a {@link CheckResult} in the same way: rules, counts, verdict. */
final class ReportData {
  private ReportData() {}

  /**
   * Every rule a report describes, sorted by id: the rules that ran, plus any rule a finding names
   * that did not (the engine's own {@code engine/rule-failed}, or a rule known only to the
   * catalog), so that every finding has its rule.
   */
  static List<RuleInfo> rules(CheckResult result) {
    Map<String, RuleInfo> byId = new TreeMap<>();
    for (RuleInfo info : result.rules()) {
      byId.put(info.id(), info);
    }
    for (Finding f : result.findings()) {
      byId.computeIfAbsent(f.ruleId(), id -> describe(result, id, f.level()));
    }
    return List.copyOf(byId.values());
  }

  private static RuleInfo describe(CheckResult result, String id, Level level) {
    if (id.equals(Engine.RULE_FAILED)) {
      return Engine.RULE_FAILED_INFO;
    }
    return result
        .policy()
        .catalog()
        .info(id)
        .orElseGet(
            () ->
                RuleInfo.builder(RuleInfo.ID.matcher(id).matches() ? id : "unknown/rule")
                    .title(id)
                    .rationale("A rule this run does not describe reported it.")
                    .defaultLevel(level)
                    .fix("")
                    .build());
  }

  /** The level the policy gives a rule in this run (its default when the policy is silent). */
  static Level level(CheckResult result, RuleInfo rule) {
    RuleSetting s = result.policy().rules().get(rule.id());
    return s == null ? rule.defaultLevel() : s.level();
  }

  /** Findings grouped by rule id, in rule id order; each group keeps the report order. */
  static Map<String, List<Finding>> byRule(List<Finding> findings) {
    return findings.stream()
        .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.toList()));
  }

  /** Open findings at {@code level}, in report order. */
  static List<Finding> open(CheckResult result, Level level) {
    return result.findings().stream()
        .filter(Finding::counts)
        .filter(f -> f.level() == level)
        .toList();
  }

  static List<Finding> withStatus(CheckResult result, Finding.Status status) {
    return result.findings().stream().filter(f -> f.status() == status).toList();
  }

  /**
   * What was read, for people: {@code work tree}, {@code commit 3f2a9c1 (v1.4.0)}, or {@code plain
   * directory, not a git repository} instead of repeating the directory's path.
   */
  static String point(CheckResult result) {
    return result.point().equals("directory " + result.root())
        ? "plain directory, not a git repository"
        : result.point();
  }

  /** {@code pass} or {@code fail} at the given level. */
  static String verdict(CheckResult result, Level failOn) {
    return result.fails(failOn) ? "fail" : "pass";
  }

  /** {@code 2 errors, 1 warning, 0 info}. */
  static String counts(CheckResult result) {
    return plural(result.count(Level.ERROR), "error")
        + ", "
        + plural(result.count(Level.WARN), "warning")
        + ", "
        + result.count(Level.INFO)
        + " info";
  }

  /** {@code 1 waived, 2 accepted}, or empty when there are none. */
  static String setAside(CheckResult result) {
    List<String> parts = new ArrayList<>();
    long waived = withStatus(result, Finding.Status.WAIVED).size();
    long accepted = withStatus(result, Finding.Status.ACCEPTED).size();
    if (waived > 0) {
      parts.add(waived + " waived");
    }
    if (accepted > 0) {
      parts.add(accepted + " accepted");
    }
    return String.join(", ", parts);
  }

  /** {@code acme-baseline v3, trellis.yml}, or {@code no baseline}. */
  static String baselines(CheckResult result) {
    List<BaselineRef> refs = result.policy().baselines();
    return refs.isEmpty()
        ? "no baseline"
        : refs.stream().map(BaselineRef::toString).collect(Collectors.joining(", "));
  }

  static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** The prefix of a signal's timing name ({@code signal:codeowners}). */
  static final String SIGNAL = "signal:";

  /** The prefix of a stage's timing name ({@code stage:catalog}). */
  static final String STAGE = "stage:";

  /** Timings in milliseconds (microsecond precision), rules and signals apart, sorted by name. */
  static Map<String, Map<String, Double>> timings(CheckResult result) {
    Map<String, Double> rules = new TreeMap<>();
    result.timings().entrySet().stream()
        .filter(e -> !e.getKey().startsWith(SIGNAL) && !e.getKey().startsWith(STAGE))
        .forEach(e -> rules.put(e.getKey(), millis(e.getValue())));
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    out.put("rules", rules);
    out.put("signals", millis(timings(result, SIGNAL)));
    Map<String, Double> stages = millis(timings(result, STAGE));
    if (!stages.isEmpty()) {
      out.put("stages", stages);
    }
    return out;
  }

  /** The timings (nanoseconds) whose name starts with {@code prefix}, by the rest of the name. */
  static SortedMap<String, Long> timings(CheckResult result, String prefix) {
    SortedMap<String, Long> out = new TreeMap<>();
    result.timings().entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .forEach(e -> out.put(e.getKey().substring(prefix.length()), e.getValue()));
    return out;
  }

  private static Map<String, Double> millis(Map<String, Long> nanos) {
    Map<String, Double> out = new TreeMap<>();
    nanos.forEach((name, n) -> out.put(name, millis(n)));
    return out;
  }

  private static double millis(long nanos) {
    return Math.round(nanos / 1_000.0) / 1_000.0;
  }
}
