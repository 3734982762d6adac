package dev.trellis.core.scaffold;

import dev.trellis.core.repo.GitAccess;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Who committed most, recently, in each top-level directory: a hint for whoever writes the first
 * CODEOWNERS. One walk of the last {@link #WINDOW} commits; each compares only the top-level trees
 * of a commit and its first parent, so the cost does not grow with the number of files.
 */
final class Committers {
  static final int WINDOW = 500;

  record Count(String name, int commits) {}

  private Committers() {}

  static Map<String, List<Count>> byTopLevelDirectory(GitAccess git, int top) {
    if (git.commit().isEmpty()) {
      return Map.of();
    }
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    try (ObjectReader reader = git.repository().newObjectReader();
        RevWalk walk = new RevWalk(reader)) {
      RevCommit head = walk.parseCommit(git.commit().get());
      walk.markStart(head);
      int seen = 0;
      for (RevCommit commit : walk) {
        if (seen++ >= WINDOW) {
          break;
        }
        if (commit.getParentCount() > 1) {
          continue;
        }
        try (TreeWalk tw = new TreeWalk(reader)) {
          tw.setRecursive(false);
          if (commit.getParentCount() == 1) {
            RevCommit parent = walk.parseCommit(commit.getParent(0));
            tw.addTree(parent.getTree());
          } else {
            tw.addTree(new org.eclipse.jgit.treewalk.EmptyTreeIterator());
          }
          tw.addTree(commit.getTree());
          tw.setFilter(TreeFilter.ANY_DIFF);
          String author = commit.getAuthorIdent().getName();
          while (tw.next()) {
            if (tw.getFileMode(1) == FileMode.TREE) {
              counts
                  .computeIfAbsent(tw.getPathString(), k -> new HashMap<>())
                  .merge(author, 1, Integer::sum);
            }
          }
        }
      }
    } catch (IOException e) {
      return Map.of();
    }
    Map<String, List<Count>> out = new TreeMap<>();
    counts.forEach(
        (dir, byAuthor) -> {
          List<Count> list = new ArrayList<>();
          byAuthor.forEach((name, n) -> list.add(new Count(name, n)));
          list.sort(Comparator.comparingInt(Count::commits).reversed().thenComparing(Count::name));
          out.put(dir, List.copyOf(list.subList(0, Math.min(top, list.size()))));
        });
    return out;
  }
}
