package dev.trellis.core.repo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * One commit, read straight from git objects with no checkout; works on bare repositories. Regular
 * and executable files are files; symbolic links are listed but never read; gitlinks are skipped.
 * Cost: one recursive tree walk to list, one blob read per file read.
 */
final class CommitRepo implements Repo {
  private final Path root;
  private final Repository repository;
  private final RevCommit commit;
  private final String label;
  private final FileIndex index;
  private final Map<String, ObjectId> blobs;
  private final GitAccess git;

  CommitRepo(Path root, Repository repository, RevCommit commit, String label) {
    this.root = root;
    this.repository = repository;
    this.commit = commit;
    this.label = label;
    Map<String, ObjectId> found = new HashMap<>();
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
        }
      }
    } catch (IOException e) {
      throw new RepoException(
          "cannot read the tree of commit " + commit.name() + ": " + e.getMessage(), e);
    }
    this.index = new FileIndex(paths);
    this.blobs = Map.copyOf(found);
    this.git = new GitAccess(repository, Optional.of(commit.copy()), Repos.isShallow(repository));
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
  public List<String> files() {
    return index.files();
  }

  @Override
  public boolean isFile(String path) {
    return index.isFile(path);
  }

  @Override
  public boolean isDirectory(String path) {
    return index.isDirectory(path);
  }

  @Override
  public List<String> filesUnder(String directory) {
    return index.filesUnder(directory);
  }

  @Override
  public Optional<FileContent> read(String path) {
    ObjectId blob = blobs.get(path);
    if (blob == null) {
      return Optional.empty();
    }
    try (ObjectReader reader = repository.newObjectReader()) {
      ObjectLoader loader = reader.open(blob);
      long size = loader.getSize();
      int cap = (int) Math.min(size, FileContent.DEFAULT_CAP);
      byte[] buf = new byte[cap];
      int n = 0;
      try (InputStream in = loader.openStream()) {
        while (n < cap) {
          int r = in.read(buf, n, cap - n);
          if (r < 0) {
            break;
          }
          n += r;
        }
      }
      return Optional.of(FileContent.decode(path, buf, n, size));
    } catch (IOException e) {
      return Optional.empty();
    }
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
