package dev.trellis.core.repo;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The repository at one point: its work tree, or one commit read straight from git objects. Paths
 * are repo-relative with {@code /}. Nothing outside the root is ever read.
 *
 * <p>Thread-safe: rules and signals read it in parallel.
 */
public interface Repo extends AutoCloseable {

  /** The directory the repository was opened from (the work tree, or the git directory if bare). */
  Path root();

  /** A short description for reports: {@code work tree}, {@code commit 1a2b3c4 (v1.2)}. */
  String describe();

  /** Every file, sorted by path: tracked and untracked-but-not-ignored in a work tree. */
  List<String> files();

  /** Whether {@code path} is a file of this point. */
  boolean isFile(String path);

  /**
   * Whether {@code path} is a directory holding at least one file of this point ({@code ""} is the
   * root).
   */
  boolean isDirectory(String path);

  /** Files below {@code directory} (recursive), sorted. */
  List<String> filesUnder(String directory);

  /**
   * The entries directly in {@code directory} ({@code ""} is the root), in path order: file names,
   * and the names of sub-directories with a trailing {@code /}. A directory exists only while it
   * holds a file, so every listed sub-directory has files below it; a directory that holds none
   * lists as empty. Names are exact: see {@link Folders} to find a folder in any case.
   *
   * <p>Example: with files {@code README.md}, {@code docs/adr/0001-x.md} and {@code docs/guide.md},
   * {@code list("")} is {@code [README.md, docs/]} and {@code list("docs")} is {@code [adr/,
   * guide.md]}.
   *
   * <p>Cost: O(entries × log n), however many files lie below the sub-directories.
   */
  List<String> list(String directory);

  /** The content of a file, read lazily with the default cap; empty when it is not a file here. */
  Optional<FileContent> read(String path);

  /**
   * Whether this is the files on disk (a work tree or a plain directory), as opposed to a commit
   * read from git objects.
   */
  default boolean isWorkTree() {
    return true;
  }

  /** Git access, when the point is in a git repository. */
  Optional<GitAccess> git();

  @Override
  void close();
}
