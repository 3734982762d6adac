package dev.trellis.core.signal.history;

/**
 * What a first-parent commit shows about how it arrived, strongest evidence first. Only git is
 * read: who approved a pull request, and how many approvals it had, is not visible here.
 */
public enum ChangeKind {
  /** A merge commit of a GitHub pull request or a GitLab merge request. */
  PULL_REQUEST_MERGE("merged pull or merge request", true),
  /** A merge by bors-ng, homu or rust-lang bors ({@code Merge #12}, {@code Auto merge of #12}). */
  MERGE_BOT("merged by a merge bot", true),
  /** A squash merge of a pull request: one parent, subject ending {@code (#N)}. */
  SQUASH_MERGE("squash-merged pull request", true),
  /** Gerrit submitted it: a {@code Reviewed-on:} trailer. */
  GERRIT("Gerrit change", true),
  /**
   * Review trailers: {@code Reviewed-by:}, {@code Approved-by:}, Phabricator's {@code Differential
   * Revision:} or {@code PiperOrigin-RevId:}.
   */
  REVIEW_TRAILERS("review trailers", true),
  /**
   * No marker, but committed by someone other than its author, neither a bot: the sign GitHub's
   * rebase merge and a maintainer applying a patch leave.
   */
  LANDED_BY_OTHER("landed by another person", true),
  /** Authored by a bot with no review evidence; not counted either way. */
  BOT("bot commit", false),
  /** None of the above: pushed straight to the branch. */
  DIRECT("direct push", false);

  private final String label;
  private final boolean reviewed;

  ChangeKind(String label, boolean reviewed) {
    this.label = label;
    this.reviewed = reviewed;
  }

  /** Plain words for messages. */
  public String label() {
    return label;
  }

  /** Whether git shows evidence that a second person saw the change. */
  public boolean reviewed() {
    return reviewed;
  }
}
