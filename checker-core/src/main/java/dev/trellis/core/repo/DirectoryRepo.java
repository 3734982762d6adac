package dev.trellis.core.repo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A plain directory that is not a git repository: every file below it that its {@code .gitignore}
 * files do not ignore (git's rules, nested files included, read with JGit's ignore matcher), {@code
 * .git} entries skipped, symbolic links listed but never entered. An ignored directory is not
 * entered. Cost: one file-system walk of what is not ignored.
 */
final class DirectoryRepo extends IndexedRepo {
  private final Path root;
  private final FileIndex index;

  /**
   * @param root the real path of the directory
   */
  DirectoryRepo(Path root) {
    this.root = root;
    try {
      this.index = FileIndex.of(FileWalk.directory(root));
    } catch (IOException e) {
      throw new RepoException("cannot list " + root + ": " + e.getMessage(), e);
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
    return "directory " + root;
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
    return Optional.empty();
  }

  @Override
  public void close() {}
}
