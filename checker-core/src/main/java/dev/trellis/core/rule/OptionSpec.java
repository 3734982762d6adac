package dev.trellis.core.rule;

import java.util.List;
import java.util.Objects;

/**
 * One option of a rule: its name, type, default, and which direction makes the rule looser (so that
 * the policy can tell a deviation that weakens a baseline rule from one that strengthens it).
 *
 * <p>Example: {@code OptionSpec.number("min", 0.95, Looser.LOWER, "Fraction of files that must be
 * owned.")}
 */
public record OptionSpec(
    String name, Type type, Object defaultValue, Looser looser, String description) {

  /** The YAML type of an option's value. */
  public enum Type {
    BOOLEAN,
    INTEGER,
    NUMBER,
    STRING,
    STRING_LIST;

    public String id() {
      return switch (this) {
        case BOOLEAN -> "boolean";
        case INTEGER -> "integer";
        case NUMBER -> "number";
        case STRING -> "string";
        case STRING_LIST -> "list of strings";
      };
    }
  }

  /** Which change of the value weakens the rule. */
  public enum Looser {
    /** A lower number is looser (for example a minimum coverage). */
    LOWER,
    /** A higher number is looser (for example a maximum age). */
    HIGHER,
    /** More list entries are looser (for example exclusions or allowed values). */
    MORE,
    /** Fewer list entries are looser (for example required sections). */
    FEWER,
    /** {@code true} is looser. */
    TRUE,
    /** {@code false} is looser. */
    FALSE,
    /** Neither direction weakens the rule (a choice such as a template name). */
    NEITHER
  }

  public OptionSpec {
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
    Objects.requireNonNull(looser);
    description = description == null ? "" : description;
    if (defaultValue instanceof List<?> l) {
      defaultValue = List.copyOf(l);
    }
  }

  public static OptionSpec bool(String name, boolean dflt, Looser looser, String description) {
    return new OptionSpec(name, Type.BOOLEAN, dflt, looser, description);
  }

  public static OptionSpec integer(String name, long dflt, Looser looser, String description) {
    return new OptionSpec(name, Type.INTEGER, dflt, looser, description);
  }

  public static OptionSpec number(String name, double dflt, Looser looser, String description) {
    return new OptionSpec(name, Type.NUMBER, dflt, looser, description);
  }

  public static OptionSpec string(String name, String dflt, Looser looser, String description) {
    return new OptionSpec(name, Type.STRING, dflt, looser, description);
  }

  public static OptionSpec strings(
      String name, List<String> dflt, Looser looser, String description) {
    return new OptionSpec(name, Type.STRING_LIST, dflt, looser, description);
  }
}
