package dev.trellis.core.declarative;

import dev.trellis.core.rule.Rule;
import java.util.List;
import java.util.Optional;

/**
 * One kind of declarative rule ({@code file-contains}, {@code yaml-path} ...): its keys, and how to
 * build the rule from a policy entry.
 */
interface DeclarativeType {

  /** The {@code type:} value. */
  String name();

  /**
   * The keys this type reads besides {@code type}, {@code level}, {@code message}, {@code hint}.
   */
  List<String> keys();

  /**
   * Builds the rule, recording every mistake in the entry as a problem; empty when there was one.
   */
  Optional<Rule> build(DeclarativeEntry entry);
}
