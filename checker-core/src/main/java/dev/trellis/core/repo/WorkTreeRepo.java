package dev.trellis.core.repo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;

/**
 * The work tree of a git repository: files in the index that exist on disk, plus untracked files
 * that are not ignored. Ignored directories are not entered, so listing costs about what {@code git
 * status} costs. Gitlinks (submodules) are not files.
 */
final class WorkTreeRepo implements Repo {
  private final Path root;
  private final Repository repository;
  private final FileIndex index;
  private final GitAccess git;

  WorkTreeRepo(Path root, Repository repository) {
    this.root = root;
    this.repository = repository;
    this.index = new FileIndex(list(repository));
    this.git = new GitAccess(repository, head(repository), Repos.isShallow(repository));
  }

  private static Optional<ObjectId> head(Repository repository) {
    try {
      return Optional.ofNullable(repository.resolve("HEAD^{commit}"));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static List<String> list(Repository repository) {
    List<String> out = new ArrayList<>();
    Set<String> gitlinks = new HashSet<>();
    try (TreeWalk walk = new TreeWalk(repository)) {
      DirCache dirCache = repository.readDirCache();
      int indexTree = walk.addTree(new DirCacheIterator(dirCache));
      int workTree = walk.addTree(new FileTreeIterator(repository));
      walk.setRecursive(false);
      while (walk.next()) {
        DirCacheIterator inIndex = walk.getTree(indexTree, DirCacheIterator.class);
        WorkingTreeIterator onDisk = walk.getTree(workTree, WorkingTreeIterator.class);
        FileMode mode = walk.getFileMode(inIndex != null ? indexTree : workTree);
        if (mode == FileMode.GITLINK) {
          gitlinks.add(walk.getPathString());
          continue;
        }
        if (inIndex == null && onDisk != null && onDisk.isEntryIgnored()) {
          continue;
        }
        if (walk.isSubtree()) {
          if (gitlinks.contains(walk.getPathString())) {
            // a submodule's folder on disk (its .git missing or broken): still not our files
            continue;
          }
          walk.enterSubtree();
        } else if (onDisk != null) {
          out.add(walk.getPathString());
        }
      }
    } catch (IOException e) {
      throw new RepoException(
          "cannot list the files of " + repository.getWorkTree() + ": " + e.getMessage(), e);
    }
    return out;
  }

  @Override
  public Path root() {
    return root;
  }

  @Override
  public String describe() {
    return "work tree";
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
    if (!index.isFile(path)) {
      return Optional.empty();
    }
    return DiskFiles.read(root, path);
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
