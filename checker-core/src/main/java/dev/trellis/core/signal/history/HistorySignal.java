package dev.trellis.core.signal.history;

import dev.trellis.core.repo.GitAccess;
import dev.trellis.core.signal.Signal;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

/**
 * The git history of the point being checked: {@code ctx.signal(HistorySignal.SIGNAL)}. Outside
 * git, or in a shallow clone, it says why it is unavailable.
 */
public final class HistorySignal {
  private HistorySignal() {}

  public static final Signal<History> SIGNAL =
      Signal.of(
          "history",
          ctx -> {
            Optional<GitAccess> git = ctx.repo().git();
            if (git.isEmpty()) {
              return History.unavailable("the directory is not a git repository");
            }
            GitAccess access = git.get();
            return History.of(
                access.repository(), access.commit(), access.shallow(), branch(access));
          });

  /**
   * The branch of the point: the checked-out branch when HEAD names one at this commit, else the
   * remote's default branch ({@code refs/remotes/origin/HEAD}).
   */
  private static Optional<String> branch(GitAccess access) {
    Repository repo = access.repository();
    try {
      Ref head = repo.exactRef(Constants.HEAD);
      if (head != null && head.isSymbolic()) {
        Ref target = head.getTarget();
        if (target.getName().startsWith(Constants.R_HEADS)
            && target.getObjectId() != null
            && access.commit().map(c -> c.equals(target.getObjectId())).orElse(false)) {
          return Optional.of(target.getName().substring(Constants.R_HEADS.length()));
        }
      }
      Ref remoteHead = repo.exactRef(Constants.R_REMOTES + "origin/HEAD");
      if (remoteHead != null && remoteHead.isSymbolic()) {
        String name = remoteHead.getTarget().getName();
        return Optional.of(name.substring(name.lastIndexOf('/') + 1));
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
