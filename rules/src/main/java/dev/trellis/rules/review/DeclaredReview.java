package dev.trellis.rules.review;

import dev.trellis.core.signal.review.BranchRule;
import dev.trellis.core.signal.review.BranchRule.Value;
import dev.trellis.core.signal.review.ReviewSettings;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The review requirement declared for the default branch, combined over every active source the way
 * GitHub aggregates rules: the most restrictive value wins, and each value keeps the rule it came
 * from.
 */
record DeclaredReview(
    String branch,
    List<BranchRule> rules,
    Optional<Sourced<Integer>> approvals,
    Optional<Sourced<Boolean>> codeOwnerReview,
    Optional<Sourced<Boolean>> dismissStale) {

  /** A combined value and the rule that declares it. */
  record Sourced<T>(T value, BranchRule rule, int line) {
    String where() {
      return rule.path() + ":" + line;
    }
  }

  /** Shown in messages: review settings in files are intent, not proof of enforcement. */
  static final String DECLARED_NOT_ENFORCED =
      "(declared in the repository; Trellis cannot see what the server enforces)";

  static DeclaredReview of(ReviewSettings settings) {
    String branch = settings.defaultBranch().orElse("main");
    List<BranchRule> rules = settings.covering(branch);
    if (rules.isEmpty() && settings.defaultBranch().isEmpty()) {
      branch = "master";
      rules = settings.covering(branch);
      if (rules.isEmpty()) {
        branch = "main";
      }
    }
    return new DeclaredReview(
        branch,
        rules,
        strongest(rules, BranchRule::approvals, Integer::compare),
        strongest(rules, BranchRule::codeOwnerReview, Boolean::compare),
        strongest(rules, BranchRule::dismissStale, Boolean::compare));
  }

  private static <T> Optional<Sourced<T>> strongest(
      List<BranchRule> rules,
      Function<BranchRule, Optional<Value<T>>> field,
      java.util.Comparator<T> order) {
    Optional<Sourced<T>> best = Optional.empty();
    for (BranchRule r : rules) {
      Optional<Value<T>> v = field.apply(r);
      if (v.isPresent()
          && (best.isEmpty() || order.compare(v.get().value(), best.get().value()) > 0)) {
        best = Optional.of(new Sourced<>(v.get().value(), r, v.get().line()));
      }
    }
    return best;
  }
}
