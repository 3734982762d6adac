package dev.trellis.core.declarative;

import dev.trellis.core.rule.Rule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One kind of declarative rule ({@code file-contains}, {@code yaml-path} ...): its keys, and how to
 * build the rule from a policy entry.
 *
 * @param name the {@code type:} value
 * @param summary one sentence: what a rule of this type checks
 * @param keyDocs the keys a rule of this type reads besides the common ones ({@code type}, {@code
 *     level}, {@code message}, {@code hint}), each with one sentence for the generated docs, in
 *     order
 * @param builder builds the rule from a policy entry; empty when the entry's mistakes were recorded
 */
record DeclarativeType(
    String name,
    String summary,
    Map<String, String> keyDocs,
    Function<DeclarativeEntry, Optional<Rule>> builder) {

  DeclarativeType {
    keyDocs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keyDocs));
  }

  /** The keys of {@link #keyDocs()}, in order. */
  List<String> keys() {
    return List.copyOf(keyDocs.keySet());
  }

  /** The rule an entry of this type declares. */
  Optional<Rule> build(DeclarativeEntry entry) {
    return builder.apply(entry);
  }
}
