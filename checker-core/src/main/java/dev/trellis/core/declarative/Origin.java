package dev.trellis.core.declarative;

import dev.trellis.core.rule.Location;

/**
 * Where a declarative rule was declared, and its own message: what the built rule keeps of its
 * policy entry.
 *
 * @param id the rule id
 * @param file the policy file as the user knows it
 * @param message the rule's {@code message:}, possibly empty
 * @param ownPolicy whether the repository's own policy file declares the rule, rather than a
 *     baseline it extends
 */
record Origin(String id, String file, String message, boolean ownPolicy) {

  /**
   * Where a finding about the policy itself points: the policy file at {@code line} when the file
   * lies in the repository, else the repository (a baseline from a jar or another folder).
   */
  Location policyLocation(int line) {
    boolean inRepository =
        !file.startsWith("classpath:")
            && !file.startsWith("/")
            && !file.startsWith("..")
            && !file.matches("[A-Za-z]:.*");
    return inRepository ? Location.line(file, line) : Location.REPOSITORY;
  }

  /** {@code base}, then the rule's own message when it has one. */
  String withMessage(String base) {
    return message.isEmpty() ? base : base + " " + message;
  }
}
