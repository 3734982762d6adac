package dev.trellis.core.signal.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * One first-parent commit as history rules need it: no body beyond its subject and the trailers
 * that matter for review.
 *
 * @param id the commit
 * @param subject the first line of the message
 * @param authorName the author's name
 * @param authorEmail the author's e-mail
 * @param committerName the committer's name
 * @param committerEmail the committer's e-mail
 * @param time the commit time (when it landed on the branch)
 * @param parents how many parents it has
 * @param kind how it arrived
 * @param change the pull or merge request it came from ({@code #12}, {@code !7}), when known
 * @param trailers review trailers kept verbatim ({@code Reviewed-by: Bob <bob@example.com>})
 */
public record HistoryCommit(
    ObjectId id,
    String subject,
    String authorName,
    String authorEmail,
    String committerName,
    String committerEmail,
    Instant time,
    int parents,
    ChangeKind kind,
    Optional<String> change,
    List<String> trailers) {

  public HistoryCommit {
    id = id.copy();
    trailers = List.copyOf(trailers);
  }

  /** The abbreviated id, for messages. */
  public String shortId() {
    return id.abbreviate(8).name();
  }
}
