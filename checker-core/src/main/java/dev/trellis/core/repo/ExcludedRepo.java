package dev.trellis.core.repo;

import dev.trellis.core.glob.GlobSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A repository with some paths hidden from every signal and rule: the policy's {@code files: {
 * exclude: [...] }}, for test fixtures, vendored code and generated trees that are not the team's
 * own standards. Cost: the ranges of the sorted file list that anchored globs name, or one pass
 * over it with the indexed globs ({@link GlobSet}).
 */
public final class ExcludedRepo extends IndexedRepo {
  private final Repo delegate;
  private final FileIndex index;

  private ExcludedRepo(Repo delegate, FileIndex index) {
    this.delegate = delegate;
    this.index = index;
  }

  /**
   * {@code repo} without the files {@code exclude} matches; {@code repo} itself when that is none.
   */
  public static Repo of(Repo repo, List<String> exclude) {
    if (exclude.isEmpty()) {
      return repo;
    }
    List<String> files = repo.files();
    boolean[] excluded = GlobSet.of(exclude).matchedSorted(files);
    List<String> kept = new ArrayList<>(files.size());
    for (int i = 0; i < files.size(); i++) {
      if (!excluded[i]) {
        kept.add(files.get(i));
      }
    }
    if (kept.size() == files.size()) {
      return repo;
    }
    return new ExcludedRepo(repo, FileIndex.ofSorted(kept));
  }

  @Override
  FileIndex index() {
    return index;
  }

  @Override
  public Path root() {
    return delegate.root();
  }

  @Override
  public String describe() {
    return delegate.describe();
  }

  @Override
  public Optional<FileContent> read(String path) {
    return index.isFile(path) ? delegate.read(path) : Optional.empty();
  }

  @Override
  public boolean isWorkTree() {
    return delegate.isWorkTree();
  }

  @Override
  public Optional<GitAccess> git() {
    return delegate.git();
  }

  /** Closing is the owner's job: the view closes nothing. */
  @Override
  public void close() {}
}
