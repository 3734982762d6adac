package dev.trellis.core.policy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keys each signal section of a policy accepts ({@code adr: { path: ... }}), so that a misspelt
 * key is a configuration error with a "Did you mean" rather than a setting silently ignored. A
 * section absent from {@link #KEYS} is not checked key by key yet: its signal's author adds one
 * line here when the signal reads settings.
 */
public final class PolicySections {
  private PolicySections() {}

  /** Section name to the keys its signal reads. Sorted by section; one line each. */
  static final Map<String, Set<String>> KEYS = Map.of();

  /** The keys {@code section} accepts, when its signal declares them. */
  public static Optional<Set<String>> keys(String section) {
    return Optional.ofNullable(KEYS.get(section));
  }
}
