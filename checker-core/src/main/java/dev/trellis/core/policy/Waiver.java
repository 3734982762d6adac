package dev.trellis.core.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * A path-scoped, owned, expiring exemption from one rule, from the repository's {@code waivers:}.
 *
 * @param ruleId the rule it waives (aliases resolved)
 * @param paths the globs as written
 * @param reason why
 * @param owner who answers for it
 * @param expires the last day it applies
 * @param from where it is written
 */
public record Waiver(
    String ruleId,
    List<String> paths,
    String reason,
    String owner,
    LocalDate expires,
    Provenance from) {

  public Waiver {
    paths = List.copyOf(paths);
  }

  /** {@code until 2027-03-31 by @acme/payments: legacy billing is retired (trellis.yml:12)}. */
  public String terms() {
    return "until " + expires + " by " + owner + ": " + reason + " (" + from + ")";
  }

  /** {@code 'codeowners/coverage' on legacy/**, vendor/**}. */
  public String describe() {
    return "'" + ruleId + "' on " + String.join(", ", paths);
  }
}
