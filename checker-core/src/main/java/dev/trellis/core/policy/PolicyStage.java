package dev.trellis.core.policy;

import dev.trellis.core.glob.GlobSet;
import dev.trellis.core.rule.Finding;
import dev.trellis.core.rule.Fingerprints;
import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Location;
import dev.trellis.core.rule.RuleInfo;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The policy stage of a run, after every rule has reported: adds the {@code policy/} findings
 * (deviations, baselines, waivers), marks findings that a waiver covers as {@link
 * Finding.Status#WAIVED} and those listed in {@code .trellis/accepted.json} as {@link
 * Finding.Status#ACCEPTED}. It reads the findings and the policy and never reaches back into rules
 * or signals. Cost: findings × waivers of the same rule, and waivers are few.
 */
public final class PolicyStage {
  /** A waiver that expires within this many days is announced. */
  public static final int EXPIRY_NOTICE_DAYS = 14;

  private PolicyStage() {}

  /**
   * The findings of a run after the policy stage, and what it found about the policy.
   *
   * @param findings every finding, rule findings and policy findings, with their status (unsorted)
   * @param outcome deviations, waivers and accepted findings for reports
   */
  public record Staged(List<Finding> findings, PolicyOutcome outcome) {}

  /**
   * Applies the policy to the rules' findings.
   *
   * @param policy the effective policy
   * @param accepted the repository's accepted findings by fingerprint
   * @param ruleFindings what the rules reported
   * @param today the date waivers are judged against
   */
  public static Staged apply(
      EffectivePolicy policy,
      Map<String, AcceptedFindings.Entry> accepted,
      List<Finding> ruleFindings,
      LocalDate today) {
    List<Finding> out = new ArrayList<>(ruleFindings);
    for (Deviation d : policy.deviations()) {
      deviation(policy, d).ifPresent(out::add);
    }
    for (BaselineRef b : policy.baselines()) {
      baseline(policy, b, out);
    }
    List<PolicyOutcome.WaiverUse> uses = new ArrayList<>();
    for (Waiver w : policy.waivers()) {
      uses.add(waive(policy, w, out, today));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < out.size(); i++) {
      Finding f = out.get(i);
      seen.add(f.fingerprint());
      if (f.counts() && AcceptedFindings.acceptable(f) && accepted.containsKey(f.fingerprint())) {
        out.set(
            i,
            f.withStatus(
                Finding.Status.ACCEPTED, "accepted in " + AcceptedFindings.PATH + "; not counted"));
      }
    }
    List<AcceptedFindings.Entry> fixed =
        accepted.values().stream()
            .filter(e -> !seen.contains(e.fingerprint()))
            .sorted(AcceptedFindings.Entry.ORDER)
            .toList();
    return new Staged(out, new PolicyOutcome(policy.deviations(), uses, accepted.size(), fixed));
  }

  private static Optional<Finding> deviation(EffectivePolicy policy, Deviation d) {
    RuleInfo info =
        switch (d.kind()) {
          case EXPLAINED -> PolicyChecks.DEVIATION;
          case UNEXPLAINED -> PolicyChecks.UNEXPLAINED_DEVIATION;
          case LOCKED -> PolicyChecks.LOCKED_RULE_WEAKENED;
        };
    if (d.isFilesExclude()) {
      return filesDeviation(policy, d, info);
    }
    String base = d.baselineValue() + " (" + d.baselineFrom() + ")";
    String message =
        switch (d.kind()) {
          case EXPLAINED ->
              "'"
                  + d.ruleId()
                  + "' departs from the baseline: "
                  + d.change()
                  + " ("
                  + d.baselineFrom()
                  + "). Reason: "
                  + d.reason().orElse("").replaceFirst("[.!]+$", "")
                  + ".";
          case UNEXPLAINED ->
              "'"
                  + d.ruleId()
                  + "' is weakened without a reason: "
                  + d.change()
                  + " ("
                  + d.baselineFrom()
                  + ").";
          case LOCKED ->
              "'"
                  + d.ruleId()
                  + "' is locked"
                  + Optional.ofNullable(policy.locked().get(d.ruleId()))
                      .map(p -> " by " + p)
                      .orElse(" by Trellis")
                  + " and cannot be weakened: "
                  + d.change()
                  + " is ignored; "
                  + base
                  + " stays in force.";
        };
    String hint =
        switch (d.kind()) {
          case EXPLAINED -> info.fix();
          case UNEXPLAINED ->
              "Give it a reason under 'deviations:' ("
                  + d.ruleId()
                  + ": { "
                  + (d.setting().equals("level") ? "level" : d.setting())
                  + ": "
                  + d.repoValue()
                  + ", reason: \"...\" }), or remove it to follow the baseline.";
          case LOCKED -> info.fix();
        };
    return finding(policy, info, d.repoFrom(), message, hint, d.ruleId() + " " + d.setting());
  }

  /** The repository's own exclusions: hidden files are files no baseline rule judges. */
  private static Optional<Finding> filesDeviation(
      EffectivePolicy policy, Deviation d, RuleInfo info) {
    String message =
        d.kind() == Deviation.Kind.EXPLAINED
            ? "The repository departs from its baseline ("
                + d.baselineFrom()
                + "): "
                + d.change()
                + ". Reason: "
                + d.reason().orElse("").replaceFirst("[.!]+$", "")
                + "."
            : "The repository hides files from its baseline's rules without a reason: "
                + d.change()
                + " ("
                + d.baselineFrom()
                + ").";
    String hint =
        d.kind() == Deviation.Kind.EXPLAINED
            ? info.fix()
            : "Say why next to the globs (files: { exclude: "
                + d.repoValue()
                + ", reason: \"...\" }), or remove them so the baseline's rules see those files.";
    return finding(policy, info, d.repoFrom(), message, hint, "files exclude");
  }

  private static void baseline(EffectivePolicy policy, BaselineRef b, List<Finding> out) {
    Provenance at = b.referencedFrom().orElse(new Provenance(b.source(), 0, ""));
    if (!b.pinned()) {
      String branch = b.source().replaceFirst(".*#", "").replaceFirst(":.*", "");
      finding(
              policy,
              PolicyChecks.UNPINNED_BASELINE,
              at,
              "the baseline "
                  + b.source()
                  + " follows the branch '"
                  + branch
                  + "', so it can change under this repository without review (now at commit "
                  + b.commit().map(c -> c.substring(0, Math.min(7, c.length()))).orElse("?")
                  + ").",
              "Pin it to a tag or a commit: "
                  + b.source().replace("#" + branch + ":", "#" + b.commit().orElse("TAG") + ":")
                  + ".",
              b.source())
          .ifPresent(out::add);
    }
    if (b.outdated()) {
      finding(
              policy,
              PolicyChecks.OUTDATED_BASELINE,
              at,
              "this repository follows "
                  + b
                  + ", but "
                  + b.name()
                  + " v"
                  + b.latest()
                  + " is the latest.",
              "Move 'extends' to v" + b.latest() + " after reading what changed.",
              b.name() + " " + b.version())
          .ifPresent(out::add);
    }
  }

  private static PolicyOutcome.WaiverUse waive(
      EffectivePolicy policy, Waiver w, List<Finding> out, LocalDate today) {
    long daysLeft = ChronoUnit.DAYS.between(today, w.expires());
    boolean expired = daysLeft < 0;
    boolean expiring = !expired && daysLeft <= EXPIRY_NOTICE_DAYS;
    boolean tooLong =
        policy.waiverMaxDays().isPresent() && daysLeft > policy.waiverMaxDays().getAsInt();
    String key = w.ruleId() + " " + String.join(",", w.paths());
    List<Finding> notes = new ArrayList<>();
    int waived = 0;
    if (expired) {
      finding(
              policy,
              PolicyChecks.EXPIRED_WAIVER,
              w.from(),
              "the waiver for "
                  + w.describe()
                  + " expired on "
                  + w.expires()
                  + " and no longer applies; its findings count again.",
              PolicyChecks.EXPIRED_WAIVER.fix(),
              key)
          .ifPresent(notes::add);
    } else {
      String note = "waived " + w.terms();
      GlobSet globs = GlobSet.of(w.paths());
      for (int i = 0; i < out.size(); i++) {
        Finding f = out.get(i);
        if (f.counts()
            && f.ruleId().equals(w.ruleId())
            && globs.matches(f.location().pathOrEmpty())) {
          out.set(i, f.withStatus(Finding.Status.WAIVED, note));
          waived++;
        }
      }
      if (expiring) {
        finding(
                policy,
                PolicyChecks.EXPIRING_WAIVER,
                w.from(),
                "the waiver for "
                    + w.describe()
                    + " expires on "
                    + w.expires()
                    + ", in "
                    + daysLeft
                    + (daysLeft == 1 ? " day." : " days."),
                PolicyChecks.EXPIRING_WAIVER.fix(),
                key)
            .ifPresent(notes::add);
      }
      if (tooLong) {
        int max = policy.waiverMaxDays().getAsInt();
        finding(
                policy,
                PolicyChecks.WAIVER_TOO_LONG,
                w.from(),
                "the waiver for "
                    + w.describe()
                    + " runs until "
                    + w.expires()
                    + ", "
                    + daysLeft
                    + " days from today; waiverPolicy.maxDays allows "
                    + max
                    + ".",
                "Set expires to "
                    + today.plusDays(max)
                    + " at the latest, and renew it when it is due.",
                key)
            .ifPresent(notes::add);
      }
      if (waived == 0) {
        finding(
                policy,
                PolicyChecks.UNUSED_WAIVER,
                w.from(),
                "the waiver for "
                    + w.describe()
                    + " waives nothing: no finding of that rule is on a matching path.",
                PolicyChecks.UNUSED_WAIVER.fix(),
                key)
            .ifPresent(notes::add);
      }
    }
    out.addAll(notes);
    return new PolicyOutcome.WaiverUse(w, waived, expired, expiring, tooLong);
  }

  /** A policy finding at a place in a policy file; empty when the policy turns the check off. */
  private static Optional<Finding> finding(
      EffectivePolicy policy,
      RuleInfo info,
      Provenance at,
      String message,
      String hint,
      String key) {
    Level level = policy.levelOrDefault(info);
    if (level == Level.OFF) {
      return Optional.empty();
    }
    boolean inRepoFile =
        policy.repoFile().isPresent()
            && at.file().equals(policy.repoFile().get())
            && !at.file().startsWith("/")
            && !at.file().startsWith("..");
    Location location = inRepoFile ? Location.line(at.file(), at.line()) : Location.REPOSITORY;
    String text =
        inRepoFile || at.line() == 0 ? message : at.file() + ":" + at.line() + ": " + message;
    String path = location.pathOrEmpty();
    return Optional.of(
        new Finding(
            info.id(),
            level,
            text,
            location,
            Fingerprints.of(info.id(), path, key),
            hint,
            Finding.Status.OPEN,
            Optional.empty()));
  }
}
