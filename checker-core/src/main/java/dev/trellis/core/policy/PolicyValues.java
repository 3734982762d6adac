package dev.trellis.core.policy;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.OptionSpec;
import java.util.List;

/** Shows policy values in messages, and tells which of two option values is looser. */
final class PolicyValues {
  private PolicyValues() {}

  /** {@code 0.8}, {@code [docs/**, legacy/**]}, {@code warn}. */
  static String show(Object value) {
    if (value instanceof Level l) {
      return l.id();
    }
    if (value instanceof List<?> l) {
      return "[" + String.join(", ", l.stream().map(String::valueOf).toList()) + "]";
    }
    return String.valueOf(value);
  }

  /**
   * Whether {@code proposed} makes the rule looser than {@code current}, in the direction the
   * option declares. Lists are looser when they gain an entry ({@code MORE}) or lose one ({@code
   * FEWER}).
   */
  static boolean looser(OptionSpec spec, Object current, Object proposed) {
    if (current == null || proposed == null) {
      return false;
    }
    return switch (spec.looser()) {
      case LOWER -> number(proposed) < number(current);
      case HIGHER -> number(proposed) > number(current);
      case MORE -> !list(current).containsAll(list(proposed));
      case FEWER -> !list(proposed).containsAll(list(current));
      case TRUE -> bool(proposed) && !bool(current);
      case FALSE -> !bool(proposed) && bool(current);
      case NEITHER -> false;
    };
  }

  private static double number(Object o) {
    return o instanceof Number n ? n.doubleValue() : Double.parseDouble(o.toString());
  }

  private static boolean bool(Object o) {
    return o instanceof Boolean b ? b : Boolean.parseBoolean(o.toString());
  }

  private static List<String> list(Object o) {
    return o instanceof List<?> l
        ? l.stream().map(String::valueOf).toList()
        : List.of(o.toString());
  }
}
