package dev.trellis.core.signal.adr;

import dev.trellis.core.repo.GitAccess;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The date each file under some folders first appeared in git history, from ONE walk for all the
 * folders together: the walk visits only commits that change those folders (JGit's history
 * simplification), and each visited commit is compared once with its parents. A file's date is the
 * committer date of the oldest commit that added it. Renames count as additions. Cost: proportional
 * to the commits that touch the folders, times the files changed in them.
 */
final class FirstCommits {
  private FirstCommits() {}

  /** The dates, or why there are none. */
  record Result(AdrLogs.History history, Map<String, LocalDate> dates) {}

  static Result read(Optional<GitAccess> git, Collection<String> folders) {
    if (git.isEmpty()) {
      return new Result(AdrLogs.History.NOT_GIT, Map.of());
    }
    GitAccess access = git.get();
    if (access.shallow()) {
      return new Result(AdrLogs.History.SHALLOW, Map.of());
    }
    if (access.commit().isEmpty()) {
      return new Result(AdrLogs.History.NO_COMMITS, Map.of());
    }
    if (folders.isEmpty()) {
      return new Result(AdrLogs.History.AVAILABLE, Map.of());
    }
    Repository repository = access.repository();
    Map<String, LocalDate> dates = new HashMap<>();
    boolean wholeTree = folders.contains("");
    try (ObjectReader reader = repository.newObjectReader();
        RevWalk walk = new RevWalk(reader)) {
      TreeFilter paths = wholeTree ? TreeFilter.ALL : PathFilterGroup.createFromStrings(folders);
      walk.setTreeFilter(
          wholeTree ? TreeFilter.ANY_DIFF : AndTreeFilter.create(paths, TreeFilter.ANY_DIFF));
      walk.setRetainBody(false);
      walk.markStart(walk.parseCommit(access.commit().get()));
      for (RevCommit commit : walk) {
        // bodies are not kept (graph-only walk), so the date is read in UTC
        LocalDate date =
            Instant.ofEpochSecond(commit.getCommitTime()).atZone(ZoneOffset.UTC).toLocalDate();
        try (TreeWalk tw = new TreeWalk(reader)) {
          tw.setRecursive(true);
          tw.setFilter(paths);
          tw.addTree(commit.getTree());
          RevCommit[] parents = commit.getParents();
          for (RevCommit parent : parents) {
            walk.parseHeaders(parent);
            tw.addTree(parent.getTree());
          }
          while (tw.next()) {
            if (tw.getRawMode(0) == 0) {
              continue;
            }
            boolean added = true;
            for (int p = 1; p <= parents.length; p++) {
              if (tw.getRawMode(p) != 0) {
                added = false;
                break;
              }
            }
            if (added) {
              dates.merge(tw.getPathString(), date, (a, b) -> a.isBefore(b) ? a : b);
            }
          }
        }
      }
    } catch (MissingObjectException e) {
      // an incomplete clone that does not say it is shallow
      return new Result(AdrLogs.History.SHALLOW, Map.of());
    } catch (IOException | RuntimeException e) {
      return new Result(AdrLogs.History.FAILED, Map.of());
    }
    return new Result(AdrLogs.History.AVAILABLE, Map.copyOf(dates));
  }
}
