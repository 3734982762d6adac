package dev.trellis.core.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A rule's metadata: the single source for {@code trellis explain}, the generated docs page and the
 * SARIF rule descriptor.
 *
 * <p>Example:
 *
 * <pre>{@code
 * RuleInfo.builder("codeowners/coverage")
 *     .title("Most files have a code owner")
 *     .rationale("Unowned code gets no reviewer and no one to ask.")
 *     .defaultLevel(Level.ERROR)
 *     .option(OptionSpec.number("min", 0.95, Looser.LOWER, "Fraction of tracked files that must be owned."))
 *     .fix("Add CODEOWNERS lines for the listed directories.")
 *     .build();
 * }</pre>
 *
 * @param id stable {@code area/name}, lower-kebab, one {@code /}
 * @param title one line, says what a passing repository does
 * @param rationale why it matters, in one or two sentences a team lead would accept
 * @param defaultLevel the level when the policy does not say
 * @param options the options, with types, defaults and looser direction
 * @param fix how to fix a finding, in general
 * @param aliases former ids, so policies, waivers and accepted findings keep working after a rename
 * @param example an optional short example of a finding and its fix (Markdown)
 */
public record RuleInfo(
    String id,
    String title,
    String rationale,
    Level defaultLevel,
    List<OptionSpec> options,
    String fix,
    List<String> aliases,
    Optional<String> example) {

  /** {@code area/name}: lower-kebab segments, exactly one slash. */
  public static final Pattern ID =
      Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*/[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public RuleInfo {
    Objects.requireNonNull(id);
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "rule id '" + id + "' is not of the form area/name (lower-kebab)");
    }
    title = Objects.requireNonNull(title, "title");
    rationale = Objects.requireNonNull(rationale, "rationale");
    defaultLevel = Objects.requireNonNull(defaultLevel, "defaultLevel");
    options = List.copyOf(options);
    fix = Objects.requireNonNull(fix, "fix");
    aliases = List.copyOf(aliases);
    example = example == null ? Optional.empty() : example;
  }

  /** The part before the slash. */
  public String area() {
    return id.substring(0, id.indexOf('/'));
  }

  public Optional<OptionSpec> option(String name) {
    return options.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Builds a {@link RuleInfo}. */
  public static final class Builder {
    private final String id;
    private String title;
    private String rationale;
    private Level defaultLevel = Level.WARN;
    private final List<OptionSpec> options = new ArrayList<>();
    private String fix;
    private final List<String> aliases = new ArrayList<>();
    private String example;

    private Builder(String id) {
      this.id = id;
    }

    public Builder title(String value) {
      this.title = value;
      return this;
    }

    public Builder rationale(String value) {
      this.rationale = value;
      return this;
    }

    public Builder defaultLevel(Level value) {
      this.defaultLevel = value;
      return this;
    }

    public Builder option(OptionSpec value) {
      this.options.add(value);
      return this;
    }

    public Builder fix(String value) {
      this.fix = value;
      return this;
    }

    public Builder alias(String value) {
      this.aliases.add(value);
      return this;
    }

    public Builder example(String value) {
      this.example = value;
      return this;
    }

    public RuleInfo build() {
      return new RuleInfo(
          id, title, rationale, defaultLevel, options, fix, aliases, Optional.ofNullable(example));
    }
  }
}
