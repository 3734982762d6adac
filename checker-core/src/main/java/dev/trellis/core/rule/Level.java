package dev.trellis.core.rule;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters. The policy, not the rule, decides the level of a rule's findings. */
public enum Level {
  OFF,
  INFO,
  WARN,
  ERROR;

  /** The lower-case name used in YAML, reports and on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code error|warn|warning|info|off}, case-insensitively. */
  public static Optional<Level> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "error" -> Optional.of(ERROR);
      case "warn", "warning" -> Optional.of(WARN);
      case "info", "note" -> Optional.of(INFO);
      case "off", "none", "false" -> Optional.of(OFF);
      default -> Optional.empty();
    };
  }

  /**
   * The level a run fails at, as {@code --fail-on} and {@code trellis.failOn} write it: {@code
   * error}, {@code warn} ({@code warning}) or {@code never} ({@link #OFF}, which never fails), as
   * DESIGN.md's command line and the Maven plugin define it.
   */
  public static Optional<Level> failOn(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "error" -> Optional.of(ERROR);
      case "warn", "warning" -> Optional.of(WARN);
      case "never" -> Optional.of(OFF);
      default -> Optional.empty();
    };
  }

  /**
   * This level as {@link #failOn(String)} reads it, for reports and logs that show what a run fails
   * on: {@code error}, {@code warn}, or {@code never} for {@link #OFF}.
   */
  public String failOnName() {
    return this == OFF ? "never" : id();
  }

  public boolean atLeast(Level other) {
    return compareTo(other) >= 0;
  }
}
