package dev.trellis.core.rule;

import java.util.List;

/** A set of rules found through {@link java.util.ServiceLoader}, such as the built-in rule pack. */
public interface RuleProvider {
  List<Rule> rules();
}
