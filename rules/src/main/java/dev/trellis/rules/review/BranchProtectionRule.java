package dev.trellis.rules.review;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Location;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.OptionSpec.Looser;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.SourceProblem;
import dev.trellis.core.signal.review.BranchRule;
import dev.trellis.core.signal.review.ReviewSettings;
import dev.trellis.core.signal.review.ReviewSignal;
import java.util.List;

/**
 * {@code review/branch-protection}: the review requirement the repository declares for its default
 * branch (Settings app file, exported rulesets, sync-repo-settings) meets the baseline.
 */
public final class BranchProtectionRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("review/branch-protection")
          .title("The default branch's declared protection requires review")
          .rationale(
              "Review is a shared standard only when the platform enforces it; settings kept as"
                  + " code make that requirement visible and reviewable, and an incomplete block"
                  + " silently applies nothing.")
          .defaultLevel(Level.WARN)
          .option(
              OptionSpec.integer(
                  "min", 1, Looser.LOWER, "Required approving reviews on the default branch."))
          .option(
              OptionSpec.bool(
                  "codeOwnerReview",
                  false,
                  Looser.FALSE,
                  "Require code-owner review (review/codeowners-enforced already asks for it"
                      + " whenever a CODEOWNERS file exists)."))
          .option(
              OptionSpec.bool(
                  "dismissStale", true, Looser.FALSE, "Require new commits to dismiss approvals."))
          .option(
              OptionSpec.bool(
                  "required",
                  false,
                  Looser.FALSE,
                  "Report a repository that declares no branch protection or ruleset at all (by"
                      + " default settings kept on the server only are accepted)."))
          .fix(
              "In .github/settings.yml, give the default branch a protection block with all of"
                  + " required_pull_request_reviews, required_status_checks, enforce_admins and"
                  + " restrictions, and set required_approving_review_count and"
                  + " dismiss_stale_reviews: true (in a ruleset: the pull_request rule's"
                  + " parameters).")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    ReviewSettings settings = ctx.signal(ReviewSignal.SIGNAL);
    for (SourceProblem p : settings.problems()) {
      ctx.report(
          Problem.at(p.path(), p.line(), p.path() + ": " + p.message() + ".")
              .withKey(p.message())
              .withHint(p.hint()));
    }
    if (settings.rules().isEmpty()) {
      if (ctx.options().bool("required")) {
        ctx.report(
            Problem.inRepository(
                    "No branch protection or ruleset is declared in the repository"
                        + " (.github/settings.yml, .github/rulesets/*.json,"
                        + " .github/sync-repo-settings.yaml)"
                        + inherits(settings)
                        + ".")
                .withKey("missing"));
      }
      return;
    }
    DeclaredReview declared = DeclaredReview.of(settings);
    String branch = declared.branch();
    if (declared.rules().isEmpty()) {
      BranchRule first = settings.rules().get(0);
      List<BranchRule> inactive =
          settings.rules().stream().filter(r -> !r.active() && r.covers(branch, true)).toList();
      if (!inactive.isEmpty()
          && inactive.stream().allMatch(r -> r.source() == BranchRule.Source.SETTINGS_BRANCH)) {
        return; // an incomplete protection block, already reported as such
      }
      String why =
          inactive.isEmpty()
              ? ""
              : " ("
                  + String.join(
                      ", ",
                      inactive.stream()
                          .map(r -> "'" + r.name() + "' at line " + r.line() + " is not applied")
                          .toList())
                  + ")";
      ctx.report(
          Problem.at(
                  first.path(),
                  first.line(),
                  "No declared protection or ruleset with a pull_request rule covers the default"
                      + " branch '"
                      + branch
                      + "'"
                      + why
                      + inherits(settings)
                      + ".")
              .withKey("uncovered " + branch)
              .withHint(
                  "Add a branch entry (name: "
                      + branch
                      + ") with a complete protection block, or a ruleset including"
                      + " ~DEFAULT_BRANCH with enforcement: active."));
      return;
    }
    long min = ctx.options().integer("min");
    int approvals = declared.approvals().map(DeclaredReview.Sourced::value).orElse(0);
    if (approvals < min) {
      Location at =
          declared
              .approvals()
              .map(s -> Location.line(s.rule().path(), s.line()))
              .orElse(
                  Location.line(declared.rules().get(0).path(), declared.rules().get(0).line()));
      ctx.report(
          Problem.at(
                  at,
                  "The default branch '"
                      + branch
                      + "' requires "
                      + approvals
                      + " approving review"
                      + (approvals == 1 ? "" : "s")
                      + ", fewer than the "
                      + min
                      + " the baseline asks for "
                      + DeclaredReview.DECLARED_NOT_ENFORCED
                      + ".")
              .withKey("approvals " + branch)
              .withHint(
                  "Set required_approving_review_count: "
                      + min
                      + " (in branch protection's required_pull_request_reviews, or in a"
                      + " ruleset's pull_request parameters)."));
    }
    if (ctx.options().bool("codeOwnerReview")
        && !declared.codeOwnerReview().map(DeclaredReview.Sourced::value).orElse(false)) {
      BranchRule r = declared.rules().get(0);
      ctx.report(
          Problem.at(
                  r.path(),
                  declared.codeOwnerReview().map(DeclaredReview.Sourced::line).orElse(r.line()),
                  "The default branch '"
                      + branch
                      + "' does not require code-owner review "
                      + DeclaredReview.DECLARED_NOT_ENFORCED
                      + ".")
              .withKey("owners " + branch)
              .withHint(
                  "Set require_code_owner_reviews: true (rulesets: require_code_owner_review:"
                      + " true)."));
    }
    if (ctx.options().bool("dismissStale")
        && !declared.dismissStale().map(DeclaredReview.Sourced::value).orElse(false)) {
      BranchRule r = declared.rules().get(0);
      ctx.report(
          Problem.at(
                  r.path(),
                  declared.dismissStale().map(DeclaredReview.Sourced::line).orElse(r.line()),
                  "The default branch '"
                      + branch
                      + "' keeps approvals after new commits are pushed, so a change can be"
                      + " merged with code nobody approved "
                      + DeclaredReview.DECLARED_NOT_ENFORCED
                      + ".")
              .withKey("stale " + branch)
              .withHint(
                  "Set dismiss_stale_reviews: true (rulesets: dismiss_stale_reviews_on_push:"
                      + " true; sync-repo-settings: dismissesStaleReviews: true)."));
    }
  }

  static String inherits(ReviewSettings settings) {
    return settings.inherits().isEmpty()
        ? ""
        : "; it may be inherited from "
            + String.join(", ", settings.inherits())
            + " (_extends), which Trellis cannot read offline";
  }
}
