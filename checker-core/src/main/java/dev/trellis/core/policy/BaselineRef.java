package dev.trellis.core.policy;

/**
 * A policy in force, as reports name it.
 *
 * @param name the policy's {@code name:}, or the file name when it has none
 * @param version its {@code version:}, possibly empty
 * @param source where it was read from ({@code classpath:acme/baseline.yml}, a path, a git ref)
 */
public record BaselineRef(String name, String version, String source) {
  @Override
  public String toString() {
    return name + (version.isEmpty() ? "" : " v" + version);
  }
}
