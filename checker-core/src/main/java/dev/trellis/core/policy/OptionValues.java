package dev.trellis.core.policy;

import dev.trellis.core.rule.OptionSpec;
import java.util.List;
import java.util.Optional;

/** Checks an option value read from YAML against its spec, and normalises it. */
public final class OptionValues {
  private OptionValues() {}

  public static Optional<Object> validate(OptionSpec spec, Object value) {
    if (value == null) {
      return Optional.empty();
    }
    return switch (spec.type()) {
      case BOOLEAN -> value instanceof Boolean b ? Optional.of(b) : Optional.empty();
      case INTEGER -> value instanceof Long l ? Optional.of(l) : Optional.empty();
      case NUMBER -> value instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
      case STRING ->
          value instanceof String || value instanceof Number || value instanceof Boolean
              ? Optional.of(value.toString())
              : Optional.empty();
      case STRING_LIST -> {
        if (value instanceof String s) {
          yield Optional.of(List.of(s));
        }
        if (value instanceof List<?> l
            && l.stream().allMatch(x -> x instanceof String || x instanceof Number)) {
          yield Optional.of(l.stream().map(String::valueOf).toList());
        }
        yield Optional.empty();
      }
    };
  }
}
