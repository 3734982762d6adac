package dev.trellis.core.policy;

/**
 * Where a policy value came from.
 *
 * @param file the policy file as the user knows it
 * @param line 1-based line of the value, 0 when unknown (a rule's default)
 * @param policy the name (and version) of the policy that file declares, possibly empty
 */
public record Provenance(String file, int line, String policy) {
  public static final Provenance DEFAULT = new Provenance("(rule default)", 0, "");

  /** {@code acme-baseline v3, baseline.yml:14}, or {@code trellis.yml:9} for an unnamed file. */
  @Override
  public String toString() {
    return (policy.isEmpty() ? "" : policy + ", ") + file + (line > 0 ? ":" + line : "");
  }
}
