package dev.trellis.core.repo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * The work tree of a git repository: files in the index that exist on disk, plus untracked files
 * that are not ignored ({@link FileWalk}: about the cost of {@code git ls-files --others
 * --exclude-standard}). Gitlinks (submodules) are not files.
 */
final class WorkTreeRepo extends IndexedRepo {
  private final Path root;
  private final Repository repository;
  private final FileIndex index;
  private final GitAccess git;

  WorkTreeRepo(Path root, Repository repository) {
    this(root, repository, false);
  }

  /**
   * With {@code trackedOnly}, the files are those of the git index alone (what {@code git ls-files}
   * lists): no walk of the work tree, so listing costs one read of the index.
   */
  WorkTreeRepo(Path root, Repository repository, boolean trackedOnly) {
    this.root = root;
    this.repository = repository;
    // HEAD (refs, then the commit from the object store) and the listing (the index, then the
    // work tree's folders) read different files: resolve HEAD on a thread of its own meanwhile
    FutureTask<Optional<ObjectId>> head = new FutureTask<>(() -> head(repository));
    Thread resolving = new Thread(head, "trellis-head");
    resolving.setDaemon(true);
    resolving.start();
    FileIndex listed;
    try {
      listed = FileIndex.of(trackedOnly ? tracked(repository) : list(repository, root));
    } catch (RuntimeException e) {
      // the caller closes the repository on this failure: let the thread finish with it first
      try {
        head.get();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException ignored) {
        // the listing's failure is the one to report
      }
      throw e;
    }
    this.index = listed;
    this.git = new GitAccess(repository, join(head, repository), Repos.isShallow(repository));
  }

  private static Optional<ObjectId> join(
      FutureTask<Optional<ObjectId>> head, Repository repository) {
    try {
      return head.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RepoException("interrupted while reading HEAD of " + repository.getWorkTree(), e);
    } catch (ExecutionException e) {
      throw new RepoException(
          "cannot read HEAD of " + repository.getWorkTree() + ": " + e.getCause(), e.getCause());
    }
  }

  private static Optional<ObjectId> head(Repository repository) {
    try {
      return Optional.ofNullable(repository.resolve("HEAD^{commit}"));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static List<String> tracked(Repository repository) {
    try {
      DirCache dirCache = repository.readDirCache();
      int n = dirCache.getEntryCount();
      List<String> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        DirCacheEntry e = dirCache.getEntry(i);
        if (e.getFileMode() != FileMode.GITLINK) {
          out.add(e.getPathString());
        }
      }
      return out;
    } catch (IOException e) {
      throw new RepoException(
          "cannot read the git index of " + repository.getWorkTree() + ": " + e.getMessage(), e);
    }
  }

  private static List<String> list(Repository repository, Path root) {
    try {
      return FileWalk.workTree(repository, root);
    } catch (IOException e) {
      throw new RepoException("cannot list the files of " + root + ": " + e.getMessage(), e);
    }
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
    return "work tree";
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
