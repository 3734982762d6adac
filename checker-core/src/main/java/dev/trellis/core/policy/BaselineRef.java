package dev.trellis.core.policy;

import java.util.Optional;

/**
 * A policy in force, as reports name it.
 *
 * @param name the policy's {@code name:}, or the file name when it has none
 * @param version its {@code version:}, possibly empty
 * @param source where it was read from ({@code classpath:acme/baseline.yml}, a path, a git ref)
 * @param latest the policy's own {@code latest:} hint (the newest version published), possibly
 *     empty
 * @param commit for a git baseline, the commit it was read from
 * @param pinned false for a git baseline that follows a branch
 * @param referencedFrom the {@code extends} entry that brought it in; empty for the repository's
 *     own file and for the default baseline
 */
public record BaselineRef(
    String name,
    String version,
    String source,
    String latest,
    Optional<String> commit,
    boolean pinned,
    Optional<Provenance> referencedFrom) {

  public BaselineRef {
    latest = latest == null ? "" : latest;
    commit = commit == null ? Optional.empty() : commit;
    referencedFrom = referencedFrom == null ? Optional.empty() : referencedFrom;
  }

  public BaselineRef(String name, String version, String source) {
    this(name, version, source, "", Optional.empty(), true, Optional.empty());
  }

  /**
   * Whether {@code latest} names a newer version than {@code version}. Versions compare as dotted
   * numbers ({@code 3}, {@code 2.10}); anything else is never called outdated.
   */
  public boolean outdated() {
    if (latest.isEmpty() || version.isEmpty()) {
      return false;
    }
    String[] a = version.replaceFirst("^v", "").split("\\.");
    String[] b = latest.replaceFirst("^v", "").split("\\.");
    try {
      for (int i = 0; i < Math.max(a.length, b.length); i++) {
        long x = i < a.length ? Long.parseLong(a[i]) : 0;
        long y = i < b.length ? Long.parseLong(b[i]) : 0;
        if (x != y) {
          return x < y;
        }
      }
      return false;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return name + (version.isEmpty() ? "" : " v" + version);
  }
}
