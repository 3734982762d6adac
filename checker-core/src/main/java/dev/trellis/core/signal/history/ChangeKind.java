package dev.trellis.core.signal.history;

/**
 * What a first-parent commit shows about how it arrived, strongest evidence first. Only git is
 * read: who approved a pull request, and how many approvals it had, is not visible here.
 */
public enum ChangeKind {
  /**
   * A merge commit of a pull or merge request (GitHub, GitLab, Bitbucket, Azure DevOps, Gitea), or
   * a maintainer's merge of another person's tree ({@code Merge tag 'x' of git://...}).
   */
  PULL_REQUEST_MERGE("merged pull or merge request", "merged pull or merge requests", true),
  /** A merge by bors-ng, homu or rust-lang bors ({@code Merge #12}, {@code Auto merge of #12}). */
  MERGE_BOT("merge by a merge bot", "merges by merge bots", true),
  /** A squash merge of a pull request: one parent, subject ending {@code (#N)}. */
  SQUASH_MERGE("squash-merged pull request", "squash-merged pull requests", true),
  /** Gerrit submitted it: a {@code Reviewed-on:} trailer. */
  GERRIT("Gerrit change", "Gerrit changes", true),
  /**
   * Review trailers: {@code Reviewed-by:}, {@code Approved-by:}, Phabricator's {@code Differential
   * Revision:} or {@code PiperOrigin-RevId:}.
   */
  REVIEW_TRAILERS("commit with review trailers", "commits with review trailers", true),
  /**
   * No marker, but committed by someone other than its author, neither a bot: the sign GitHub's
   * rebase merge and a maintainer applying a patch leave.
   */
  LANDED_BY_OTHER("commit landed by another person", "commits landed by another person", true),
  /** Authored by a bot with no review evidence; not counted either way. */
  BOT("bot commit", "bot commits", false),
  /** None of the above: pushed straight to the branch. */
  DIRECT("direct push", "direct pushes", false);

  private final String label;
  private final String plural;
  private final boolean reviewed;

  ChangeKind(String label, String plural, boolean reviewed) {
    this.label = label;
    this.plural = plural;
    this.reviewed = reviewed;
  }

  /** Plain words for messages, one commit. */
  public String label() {
    return label;
  }

  /** {@code count} commits of this kind, in plain words ({@code 3 Gerrit changes}). */
  public String count(int count) {
    return count + " " + (count == 1 ? label : plural);
  }

  /** Whether git shows evidence that a second person saw the change. */
  public boolean reviewed() {
    return reviewed;
  }
}
