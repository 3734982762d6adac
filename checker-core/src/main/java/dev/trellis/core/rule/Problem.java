package dev.trellis.core.rule;

import java.util.Objects;
import java.util.Optional;

/**
 * What a rule reports: the engine turns it into a {@link Finding} by adding the rule id, the level
 * the policy gives the rule, and a fingerprint.
 *
 * <p>Example: {@code ctx.report(Problem.at("CODEOWNERS", 12, "'/docs/' matches no
 * file.").withKey("/docs/"))}
 *
 * @param location where it is
 * @param message what is wrong, where, and what to do, in plain words
 * @param key the normalised subject that identifies this problem across runs (never a line number);
 *     empty to derive it from the message
 * @param hint how to fix it; empty to use the rule's own fix hint
 */
public record Problem(
    Location location, String message, Optional<String> key, Optional<String> hint) {

  public Problem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    key = key == null ? Optional.empty() : key;
    hint = hint == null ? Optional.empty() : hint;
  }

  public static Problem at(Location location, String message) {
    return new Problem(location, message, Optional.empty(), Optional.empty());
  }

  public static Problem at(String path, int line, String message) {
    return at(Location.line(path, line), message);
  }

  public static Problem inFile(String path, String message) {
    return at(Location.file(path), message);
  }

  public static Problem inRepository(String message) {
    return at(Location.REPOSITORY, message);
  }

  public Problem withKey(String newKey) {
    return new Problem(location, message, Optional.ofNullable(newKey), hint);
  }

  public Problem withHint(String newHint) {
    return new Problem(location, message, key, Optional.ofNullable(newHint));
  }
}
