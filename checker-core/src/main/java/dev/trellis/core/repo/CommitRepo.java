package dev.trellis.core.repo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * One commit, read straight from git objects with no checkout; works on bare repositories. Regular
 * and executable files are files; symbolic links are listed, and reading one reads the file it
 * names only when that file is in the same commit (an absolute target or one that climbs out of the
 * repository is never followed); gitlinks (submodules) are skipped. Cost: one recursive tree walk
 * to list, one blob read per file read.
 */
final class CommitRepo extends IndexedRepo {
  /** Links to links are followed this many times at most (git itself stops at 40; loops end). */
  private static final int MAX_LINK_HOPS = 8;

  private final Path root;
  private final Repository repository;
  private final RevCommit commit;
  private final String label;
  private final FileIndex index;
  private final Map<String, ObjectId> blobs;
  private final Map<String, ObjectId> links;
  private final GitAccess git;

  CommitRepo(Path root, Repository repository, RevCommit commit, String label) {
    this.root = root;
    this.repository = repository;
    this.commit = commit;
    this.label = label;
    Map<String, ObjectId> found = new HashMap<>();
    Map<String, ObjectId> symlinks = new HashMap<>();
    List<String> paths = new ArrayList<>();
    try (ObjectReader reader = repository.newObjectReader();
        TreeWalk walk = new TreeWalk(repository, reader)) {
      walk.addTree(commit.getTree());
      walk.setRecursive(true);
      while (walk.next()) {
        FileMode mode = walk.getFileMode(0);
        if (mode == FileMode.GITLINK) {
          continue;
        }
        String path = walk.getPathString();
        paths.add(path);
        if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
          found.put(path, walk.getObjectId(0));
        } else if (mode == FileMode.SYMLINK) {
          symlinks.put(path, walk.getObjectId(0));
        }
      }
    } catch (IOException e) {
      throw new RepoException(
          "cannot read the tree of commit " + commit.name() + ": " + e.getMessage(), e);
    }
    this.index = FileIndex.of(paths);
    this.blobs = Map.copyOf(found);
    this.links = Map.copyOf(symlinks);
    this.git = new GitAccess(repository, Optional.of(commit.copy()), Repos.isShallow(repository));
  }

  @Override
  FileIndex index() {
    return index;
  }

  @Override
  public Path root() {
    return root;
  }

  @Override
  public String describe() {
    return "commit " + commit.abbreviate(7).name() + (label.isEmpty() ? "" : " (" + label + ")");
  }

  @Override
  public Optional<FileContent> read(String path) {
    try (ObjectReader reader = repository.newObjectReader()) {
      String current = path;
      for (int hops = 0; hops <= MAX_LINK_HOPS; hops++) {
        ObjectId blob = blobs.get(current);
        if (blob != null) {
          ObjectLoader loader = reader.open(blob, Constants.OBJ_BLOB);
          try (InputStream in = loader.openStream()) {
            return Optional.of(FileContent.read(path, in, loader.getSize()));
          }
        }
        ObjectId link = links.get(current);
        if (link == null) {
          return Optional.empty();
        }
        Optional<String> target = linkTarget(current, reader.open(link).getCachedBytes(4096));
        if (target.isEmpty()) {
          return Optional.empty();
        }
        current = target.get();
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Where a symbolic link at {@code linkPath} points, as a repo-relative path; empty when the
   * target is absolute or climbs out of the repository (then it is never read).
   */
  static Optional<String> linkTarget(String linkPath, byte[] targetBytes) {
    String target = new String(targetBytes, StandardCharsets.UTF_8);
    if (target.isEmpty()
        || target.startsWith("/")
        || target.contains("\\")
        || target.contains(":")) {
      return Optional.empty();
    }
    int slash = linkPath.lastIndexOf('/');
    Deque<String> parts = new ArrayDeque<>();
    if (slash >= 0) {
      for (String p : linkPath.substring(0, slash).split("/")) {
        parts.addLast(p);
      }
    }
    for (String p : target.split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        if (parts.isEmpty()) {
          return Optional.empty();
        }
        parts.removeLast();
      } else {
        parts.addLast(p);
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
  }

  @Override
  public boolean isWorkTree() {
    return false;
  }

  @Override
  public Optional<GitAccess> git() {
    return Optional.of(git);
  }

  @Override
  public void close() {
    repository.close();
  }
}
