package dev.trellis.core.policy;

import java.util.List;

/**
 * What the policy stage made of a run, for reports and the org drift view.
 *
 * @param deviations every setting where the repository weakens its baseline
 * @param waivers every waiver and what became of it
 * @param accepted how many fingerprints {@code .trellis/accepted.json} lists
 * @param fixed the accepted entries that no finding matches any more: fixed since they were
 *     accepted; the next {@code trellis accept} drops them
 */
public record PolicyOutcome(
    List<Deviation> deviations,
    List<WaiverUse> waivers,
    int accepted,
    List<AcceptedFindings.Entry> fixed) {

  public static final PolicyOutcome NONE = new PolicyOutcome(List.of(), List.of(), 0, List.of());

  public PolicyOutcome {
    deviations = List.copyOf(deviations);
    waivers = List.copyOf(waivers);
    fixed = List.copyOf(fixed);
  }

  /**
   * One waiver in this run.
   *
   * @param waiver the waiver
   * @param waived how many findings it waived
   * @param expired past its date: it waives nothing
   * @param expiring expires within {@link PolicyStage#EXPIRY_NOTICE_DAYS} days
   * @param tooLong runs longer than {@code waiverPolicy.maxDays} from today
   */
  public record WaiverUse(
      Waiver waiver, int waived, boolean expired, boolean expiring, boolean tooLong) {
    /** {@code expired}, {@code unused}, {@code too-long}, {@code expiring} or {@code active}. */
    public String state() {
      if (expired) {
        return "expired";
      }
      if (waived == 0) {
        return "unused";
      }
      if (tooLong) {
        return "too-long";
      }
      return expiring ? "expiring" : "active";
    }
  }
}
