package dev.trellis.rules.review;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.review.BranchRule;
import dev.trellis.core.signal.review.ReviewSettings;
import dev.trellis.core.signal.review.ReviewSignal;

/**
 * {@code review/codeowners-enforced}: when the repository declares its branch protection, code-
 * owner review is required exactly when a CODEOWNERS file exists. Silent when nothing is declared:
 * settings kept on the server are not visible.
 */
public final class CodeownersEnforcedRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("review/codeowners-enforced")
          .title("Code owners are required reviewers, not suggestions")
          .rationale(
              "A CODEOWNERS file only requests reviews; owners gate changes only when the branch"
                  + " requires code-owner review. Requiring it without a CODEOWNERS file gates"
                  + " nothing.")
          .defaultLevel(Level.WARN)
          .fix(
              "Set require_code_owner_reviews: true for the default branch (rulesets:"
                  + " require_code_owner_review: true), or add a CODEOWNERS file when it is"
                  + " already required.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    ReviewSettings settings = ctx.signal(ReviewSignal.SIGNAL);
    DeclaredReview declared = DeclaredReview.of(settings);
    if (declared.rules().isEmpty()) {
      return;
    }
    boolean required = declared.codeOwnerReview().map(DeclaredReview.Sourced::value).orElse(false);
    String branch = declared.branch();
    if (!settings.codeowners().isEmpty() && !required) {
      BranchRule r = declared.rules().get(0);
      ctx.report(
          Problem.at(
                  r.path(),
                  declared.codeOwnerReview().map(DeclaredReview.Sourced::line).orElse(r.line()),
                  settings.codeowners().get(0)
                      + " names owners, but the declared protection of '"
                      + branch
                      + "' does not require code-owner review, so owners are asked, never"
                      + " required "
                      + DeclaredReview.DECLARED_NOT_ENFORCED
                      + ".")
              .withKey("not-required " + branch)
              .withHint(
                  "Set require_code_owner_reviews: true (rulesets: require_code_owner_review:"
                      + " true; sync-repo-settings: requiresCodeOwnerReviews: true)."));
    }
    if (settings.codeowners().isEmpty() && required) {
      DeclaredReview.Sourced<Boolean> s = declared.codeOwnerReview().get();
      ctx.report(
          Problem.at(
                  s.rule().path(),
                  s.line(),
                  "'"
                      + branch
                      + "' requires code-owner review, but there is no CODEOWNERS file"
                      + " (.github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS), so no owner is ever"
                      + " asked.")
              .withKey("no-codeowners " + branch)
              .withHint(
                  "Add .github/CODEOWNERS assigning owners to the code (for example '*"
                      + " @org/team'), or drop the requirement."));
    }
  }
}
