package dev.trellis.core.signal.history;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first-parent commits of the point being checked, newest first, bounded by count or age.
 *
 * @param branch the branch the point is on, when known ({@code main})
 * @param commits newest first
 * @param complete whether the walk reached the root commit before the bound
 */
public record FirstParentLog(
    Optional<String> branch, List<HistoryCommit> commits, boolean complete) {
  public FirstParentLog {
    commits = List.copyOf(commits);
  }

  /** How many commits fall in each class. */
  public Map<ChangeKind, Integer> counts() {
    Map<ChangeKind, Integer> out = new EnumMap<>(ChangeKind.class);
    for (HistoryCommit c : commits) {
      out.merge(c.kind(), 1, Integer::sum);
    }
    return out;
  }
}
