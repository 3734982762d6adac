package dev.trellis.core.policy;

import dev.trellis.core.rule.RuleInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * How the effective policy treats one rule, in lines a person reads ({@code trellis explain RULE
 * DIR}): its level and options with where each was set, whether it is locked, the repository's
 * deviations and waivers for it.
 */
public final class PolicyExplanation {
  private PolicyExplanation() {}

  /**
   * For example {@code level error from acme-baseline v3, baseline.yml:14; option min 0.8 from
   * trellis.yml:9}, then one line per lock, deviation and waiver.
   */
  public static List<String> lines(EffectivePolicy policy, RuleInfo info) {
    List<String> out = new ArrayList<>();
    RuleSetting setting = policy.rules().get(info.id());
    if (setting != null) {
      out.add(setting.describe(info));
    } else if (PolicyChecks.isPolicyCheck(info.id())) {
      out.add(
          "level "
              + info.defaultLevel().id()
              + " (rule default: the policy/ checks run unless a policy turns them off)");
    } else {
      out.add("off: no policy in force mentions this rule, so it does not run");
    }
    Provenance lockedAt = policy.locked().get(info.id());
    if (lockedAt != null) {
      out.add("locked by " + lockedAt + ": a repository cannot weaken it");
    } else if (PolicyChecks.IMPLICITLY_LOCKED.contains(info.id())) {
      out.add("locked by Trellis: it guards the baseline itself");
    }
    for (Deviation d : policy.deviations()) {
      if (!d.ruleId().equals(info.id())) {
        continue;
      }
      out.add(
          switch (d.kind()) {
                case EXPLAINED -> "deviation: ";
                case UNEXPLAINED -> "unexplained deviation: ";
                case LOCKED -> "refused (locked): ";
              }
              + d.change()
              + " at "
              + d.repoFrom()
              + "; the baseline sets "
              + d.baselineValue()
              + " at "
              + d.baselineFrom()
              + d.reason().map(r -> ". Reason: " + r).orElse(""));
    }
    for (Waiver w : policy.waivers()) {
      if (w.ruleId().equals(info.id())) {
        out.add("waived on " + String.join(", ", w.paths()) + " " + w.terms());
      }
    }
    return out;
  }
}
