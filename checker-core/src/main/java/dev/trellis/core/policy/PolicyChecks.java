package dev.trellis.core.policy;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.RuleInfo;
import java.util.List;
import java.util.Set;

/**
 * The {@code policy/} checks: the drift of the policy itself. Their metadata lives here, beside the
 * code that produces them ({@link PolicyLoader} for deviations and baselines, {@link PolicyStage}
 * for waivers), and the {@link RuleCatalog} lists it so that {@code trellis rules}, {@code trellis
 * explain}, SARIF and the generated docs see them like any rule.
 *
 * <p>Why core produces them instead of rule classes in the {@code rules} module: they judge the
 * policy file and the other rules' findings (a waiver that waived nothing can only be known once
 * every rule has run), so they run after the engine, in the policy stage of the one-way flow
 * findings → policy → report. And they are always on: a baseline that forgets to mention them must
 * not switch drift reporting off. A policy may still set their level; the three that guard the
 * baseline itself ({@link #IMPLICITLY_LOCKED}) cannot be weakened by a repository.
 */
public final class PolicyChecks {
  private PolicyChecks() {}

  public static final RuleInfo DEVIATION =
      RuleInfo.builder("policy/deviation")
          .title("Departures from the baseline carry a reason")
          .rationale(
              "A team may depart from the organisation's baseline, but the departure and its reason"
                  + " stay visible in every report.")
          .defaultLevel(Level.INFO)
          .fix("Nothing to fix: this lists an explained deviation. Remove it once it has served.")
          .build();

  public static final RuleInfo EXPIRED_WAIVER =
      RuleInfo.builder("policy/expired-waiver")
          .title("Waivers are renewed or removed when they expire")
          .rationale(
              "A waiver is a promise to fix something by a date; past that date it no longer"
                  + " waives, so the findings it covered count again.")
          .defaultLevel(Level.ERROR)
          .fix("Fix the findings it covered, or renew the waiver with a new date and reason.")
          .build();

  public static final RuleInfo EXPIRING_WAIVER =
      RuleInfo.builder("policy/expiring-waiver")
          .title("Waivers about to expire are noticed in time")
          .rationale("Two weeks' notice leaves time to fix the findings or renew the waiver.")
          .defaultLevel(Level.WARN)
          .fix("Fix the findings the waiver covers before it expires, or renew it.")
          .build();

  public static final RuleInfo LOCKED_RULE_WEAKENED =
      RuleInfo.builder("policy/locked-rule-weakened")
          .title("Locked baseline rules are not weakened")
          .rationale(
              "The baseline locks the rules the organisation does not negotiate; a repository that"
                  + " weakens one is refused and keeps the baseline's value.")
          .defaultLevel(Level.ERROR)
          .fix(
              "Remove the override from the repository's policy; to change a locked rule, ask the"
                  + " baseline's owners.")
          .build();

  public static final RuleInfo OUTDATED_BASELINE =
      RuleInfo.builder("policy/outdated-baseline")
          .title("The repository follows the latest baseline")
          .rationale(
              "Repositories on old baseline versions miss the standards the organisation has"
                  + " agreed on since.")
          .defaultLevel(Level.WARN)
          .fix("Move 'extends' to the latest version after reading what changed.")
          .build();

  public static final RuleInfo UNEXPLAINED_DEVIATION =
      RuleInfo.builder("policy/unexplained-deviation")
          .title("The repository weakens no baseline rule without saying why")
          .rationale(
              "Teams may depart from the baseline, but never silently: a reason makes the"
                  + " departure reviewable and lets the organisation learn from it.")
          .defaultLevel(Level.ERROR)
          .fix(
              "Move the setting under 'deviations:' with a reason, or remove it to follow the"
                  + " baseline.")
          .build();

  public static final RuleInfo UNPINNED_BASELINE =
      RuleInfo.builder("policy/unpinned-baseline")
          .title("Git baselines are pinned to a tag or commit")
          .rationale(
              "A baseline that follows a branch changes under the repository without review, and"
                  + " the same commit can pass today and fail tomorrow.")
          .defaultLevel(Level.WARN)
          .fix("Pin the baseline to a tag or a commit: git:URL#v3:baseline.yml.")
          .build();

  public static final RuleInfo UNUSED_WAIVER =
      RuleInfo.builder("policy/unused-waiver")
          .title("Every waiver waives something")
          .rationale(
              "A waiver that matches no finding is configuration that has rotted: the problem was"
                  + " fixed, or the rule id or paths are wrong.")
          .defaultLevel(Level.WARN)
          .fix("Remove the waiver, or correct its rule id or paths.")
          .build();

  public static final RuleInfo WAIVER_TOO_LONG =
      RuleInfo.builder("policy/waiver-too-long")
          .title("Waivers are no longer than the baseline allows")
          .rationale(
              "The baseline's waiverPolicy.maxDays bounds how long a problem may be waived before"
                  + " someone looks at it again.")
          .defaultLevel(Level.ERROR)
          .fix("Bring the expiry date within waiverPolicy.maxDays of today and renew it when due.")
          .build();

  /** Every {@code policy/} check, sorted by id. */
  public static final List<RuleInfo> ALL =
      List.of(
          DEVIATION,
          EXPIRED_WAIVER,
          EXPIRING_WAIVER,
          LOCKED_RULE_WEAKENED,
          OUTDATED_BASELINE,
          UNEXPLAINED_DEVIATION,
          UNPINNED_BASELINE,
          UNUSED_WAIVER,
          WAIVER_TOO_LONG);

  /** Checks a repository may not weaken: they guard the baseline itself. */
  public static final Set<String> IMPLICITLY_LOCKED =
      Set.of(LOCKED_RULE_WEAKENED.id(), UNEXPLAINED_DEVIATION.id(), EXPIRED_WAIVER.id());

  /** Whether {@code ruleId} is one of these checks. */
  public static boolean isPolicyCheck(String ruleId) {
    return ALL.stream().anyMatch(i -> i.id().equals(ruleId));
  }
}
