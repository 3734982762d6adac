package dev.trellis.core.rule;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule's options, validated against its {@link OptionSpec}s by the policy loader, with defaults
 * filled in. Getters never return {@code null}.
 */
public final class Options {
  private final Map<String, Object> values;

  private Options(Map<String, Object> values) {
    this.values = Map.copyOf(values);
  }

  /** Defaults of {@code info}, overridden by already validated {@code given} values. */
  public static Options of(RuleInfo info, Map<String, Object> given) {
    var merged = new java.util.LinkedHashMap<String, Object>();
    for (OptionSpec spec : info.options()) {
      if (spec.defaultValue() != null) {
        merged.put(spec.name(), spec.defaultValue());
      }
    }
    given.forEach(
        (k, v) -> {
          if (v != null) {
            merged.put(k, v);
          }
        });
    return new Options(merged);
  }

  public static Options empty() {
    return new Options(Map.of());
  }

  public Map<String, Object> asMap() {
    return values;
  }

  public Optional<Object> raw(String name) {
    return Optional.ofNullable(values.get(name));
  }

  public boolean bool(String name) {
    return raw(name)
        .map(v -> v instanceof Boolean b ? b : Boolean.parseBoolean(v.toString()))
        .orElse(false);
  }

  public long integer(String name) {
    return raw(name)
        .map(v -> v instanceof Number n ? n.longValue() : Long.parseLong(v.toString()))
        .orElse(0L);
  }

  public double number(String name) {
    return raw(name)
        .map(v -> v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString()))
        .orElse(0.0);
  }

  public String string(String name) {
    return raw(name).map(Object::toString).orElse("");
  }

  public List<String> strings(String name) {
    return raw(name)
        .map(
            v ->
                v instanceof List<?> l
                    ? l.stream().map(String::valueOf).toList()
                    : List.of(v.toString()))
        .orElse(List.of());
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
