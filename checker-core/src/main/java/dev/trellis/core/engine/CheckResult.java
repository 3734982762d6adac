package dev.trellis.core.engine;

import dev.trellis.core.policy.EffectivePolicy;
import dev.trellis.core.policy.PolicyOutcome;
import dev.trellis.core.rule.Finding;
import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.RuleInfo;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one check.
 *
 * @param root the repository root
 * @param point what was read ({@code work tree}, {@code commit abc1234 (v1.0)})
 * @param today the date of the run
 * @param policy the effective policy
 * @param rules the metadata of every rule that ran, sorted by id
 * @param findings every finding, sorted; waived and accepted ones included with their status
 * @param timings nanoseconds per rule id and per signal name ({@code signal:codeowners})
 * @param outcome deviations, waivers and accepted findings, as the policy stage saw them
 */
public record CheckResult(
    Path root,
    String point,
    LocalDate today,
    EffectivePolicy policy,
    List<RuleInfo> rules,
    List<Finding> findings,
    Map<String, Long> timings,
    PolicyOutcome outcome) {

  public CheckResult {
    rules = List.copyOf(rules);
    findings = List.copyOf(findings);
    timings = Map.copyOf(timings);
    outcome = outcome == null ? PolicyOutcome.NONE : outcome;
  }

  /** A result without policy-stage information (tests of reports). */
  public CheckResult(
      Path root,
      String point,
      LocalDate today,
      EffectivePolicy policy,
      List<RuleInfo> rules,
      List<Finding> findings,
      Map<String, Long> timings) {
    this(root, point, today, policy, rules, findings, timings, PolicyOutcome.NONE);
  }

  /** Findings that count (not waived, not accepted) at or above {@code level}. */
  public long count(Level level) {
    return findings.stream().filter(Finding::counts).filter(f -> f.level() == level).count();
  }

  /**
   * Whether the run fails at {@code failOn}: some counted finding at or above it. {@code OFF} never
   * fails.
   */
  public boolean fails(Level failOn) {
    if (failOn == Level.OFF) {
      return false;
    }
    return findings.stream().anyMatch(f -> f.counts() && f.level().atLeast(failOn));
  }
}
