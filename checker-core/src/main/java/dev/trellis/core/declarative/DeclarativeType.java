package dev.trellis.core.declarative;

import dev.trellis.core.rule.Rule;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One kind of declarative rule ({@code file-contains}, {@code yaml-path} ...): its keys, and how to
 * build the rule from a policy entry.
 */
interface DeclarativeType {

  /** The {@code type:} value. */
  String name();

  /** One sentence: what a rule of this type checks. */
  String summary();

  /**
   * The keys this type reads besides {@code type}, {@code level}, {@code message}, {@code hint}, in
   * order, each with what it sets (the single source of the generated documentation).
   */
  Map<String, String> keyDocs();

  /** The keys this type reads besides the common ones. */
  default List<String> keys() {
    return List.copyOf(keyDocs().keySet());
  }

  /**
   * Builds the rule, recording every mistake in the entry as a problem; empty when there was one.
   */
  Optional<Rule> build(DeclarativeEntry entry);
}
