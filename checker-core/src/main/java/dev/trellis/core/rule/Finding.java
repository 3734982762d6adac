package dev.trellis.core.rule;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding of a run: a rule, at a level, about a place, with a stable fingerprint.
 *
 * @param ruleId the {@code area/name} of the rule
 * @param level the level the effective policy gives it
 * @param message what is wrong, where, and what to do
 * @param location where
 * @param fingerprint rule id + path + normalised subject, hashed; never depends on line numbers
 * @param hint how to fix it
 * @param status whether it counts, or is waived or accepted
 * @param note why it is waived or accepted (waiver reason, owner, expiry), empty otherwise
 */
public record Finding(
    String ruleId,
    Level level,
    String message,
    Location location,
    String fingerprint,
    String hint,
    Status status,
    Optional<String> note) {

  /** Whether a finding counts toward the verdict. */
  public enum Status {
    /** Counts. */
    OPEN,
    /** A waiver covers it: reported, not counted. */
    WAIVED,
    /** Listed in {@code .trellis/accepted.json}: reported, not counted. */
    ACCEPTED
  }

  public Finding {
    Objects.requireNonNull(ruleId);
    Objects.requireNonNull(level);
    Objects.requireNonNull(message);
    Objects.requireNonNull(location);
    Objects.requireNonNull(fingerprint);
    hint = hint == null ? "" : hint;
    status = status == null ? Status.OPEN : status;
    note = note == null ? Optional.empty() : note;
  }

  public boolean counts() {
    return status == Status.OPEN;
  }

  public Finding withStatus(Status newStatus, String why) {
    return new Finding(
        ruleId, level, message, location, fingerprint, hint, newStatus, Optional.ofNullable(why));
  }

  public Finding withLevel(Level newLevel) {
    return new Finding(ruleId, newLevel, message, location, fingerprint, hint, status, note);
  }

  /** Deterministic report order: by path, line, column, rule, message. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::location, Location.ORDER)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);
}
