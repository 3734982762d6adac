package dev.trellis.core.repo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Opens a {@link Repo}. The directory given is the repository root: Trellis never climbs into an
 * enclosing repository, so a folder inside another repository is checked as a plain directory.
 *
 * <p>Example: {@code try (Repo repo = Repos.open(Path.of("."), Optional.of("v1.2"))) { ... }}
 */
public final class Repos {
  private Repos() {}

  /**
   * Opens {@code dir} at its work tree, or at {@code at} (any revision git understands) read from
   * objects. A bare repository is read at {@code at}, or at HEAD.
   *
   * @throws RepoException with a user-facing message when the directory or the revision is not
   *     there
   */
  public static Repo open(Path dir, Optional<String> at) {
    return open(dir, at, false);
  }

  /**
   * Opens the work tree of {@code dir} with only its tracked files (those in the git index, as
   * {@code git ls-files} lists them), which costs one read of the index instead of a walk of the
   * work tree; content is read from the work tree. A directory that is not a git work tree opens as
   * {@link #open(Path, Optional)} opens it.
   */
  public static Repo openTracked(Path dir) {
    return open(dir, Optional.empty(), true);
  }

  /**
   * Installs Trellis's process-wide JGit setup (no {@code git} subprocess to find the system
   * configuration) before any other JGit use; later calls do nothing. Everything in core that opens
   * a JGit repository outside this class calls it first.
   */
  public static void prepareJGit() {
    JGitSetup.ensure();
  }

  private static Repo open(Path dir, Optional<String> at, boolean trackedOnly) {
    JGitSetup.ensure();
    Path root;
    try {
      if (!Files.isDirectory(dir)) {
        throw new RepoException(dir + " is not a directory");
      }
      root = dir.toRealPath();
    } catch (IOException e) {
      throw new RepoException("cannot open " + dir + ": " + e.getMessage(), e);
    }
    Optional<Repository> git = openGit(root);
    if (git.isEmpty()) {
      if (at.isPresent()) {
        throw new RepoException(
            root + " is not a git repository, so --at " + at.get() + " cannot be read");
      }
      return new DirectoryRepo(root);
    }
    Repository repository = git.get();
    if (at.isEmpty() && !repository.isBare()) {
      try {
        return new WorkTreeRepo(root, repository, trackedOnly);
      } catch (RuntimeException e) {
        repository.close();
        throw e;
      }
    }
    String rev = at.orElse("HEAD");
    try {
      RevCommit commit = resolve(repository, root, rev);
      return new CommitRepo(root, repository, commit, rev.equals(commit.name()) ? "" : rev);
    } catch (RuntimeException e) {
      repository.close();
      throw e;
    }
  }

  /** Resolves {@code rev} to a commit, or explains in one sentence why it cannot. */
  private static RevCommit resolve(Repository repository, Path root, String rev) {
    if (rev.isBlank() || rev.startsWith("-")) {
      throw new RepoException("'" + rev + "' is not a revision. Give a branch, tag or commit id.");
    }
    ObjectId id;
    try {
      id = repository.resolve(rev + "^{commit}");
    } catch (AmbiguousObjectException e) {
      throw new RepoException(
          "the revision '"
              + rev
              + "' in "
              + root
              + " is ambiguous: several objects start with it. Give more characters of the id.",
          e);
    } catch (IncorrectObjectTypeException e) {
      throw new RepoException(
          "the revision '" + rev + "' in " + root + " does not point to a commit.", e);
    } catch (RevisionSyntaxException e) {
      throw new RepoException(
          "'" + rev + "' is not a revision git understands. Give a branch, tag or commit id.", e);
    } catch (IOException e) {
      throw new RepoException(
          "cannot read revision '" + rev + "' in " + root + ": " + e.getMessage(), e);
    }
    if (id == null) {
      if (rev.equals("HEAD")) {
        throw new RepoException(
            root + " is a git repository with no commits yet, so there is nothing to check.");
      }
      throw new RepoException(
          "unknown revision '"
              + rev
              + "' in "
              + root
              + ": no branch, tag or commit has that name. List them with 'git -C "
              + root
              + " log --oneline --decorate'.");
    }
    try (RevWalk walk = new RevWalk(repository)) {
      return walk.parseCommit(id);
    } catch (IOException e) {
      throw new RepoException(
          "cannot read commit " + id.name() + " in " + root + ": " + e.getMessage(), e);
    }
  }

  private static Optional<Repository> openGit(Path root) {
    try {
      if (Files.exists(root.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
        // setWorkTree, not findGitDir: Trellis never climbs above the directory it was given.
        // A .git file (linked work tree, submodule) is followed by the builder.
        return Optional.of(
            new FileRepositoryBuilder().setWorkTree(root.toFile()).setMustExist(true).build());
      }
      if (Files.isRegularFile(root.resolve("HEAD")) && Files.isDirectory(root.resolve("objects"))) {
        return Optional.of(
            new FileRepositoryBuilder()
                .setGitDir(root.toFile())
                .setBare()
                .setMustExist(true)
                .build());
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new RepoException(
          "cannot open the git repository at " + root + ": " + e.getMessage(), e);
    }
    return Optional.empty();
  }

  static boolean isShallow(Repository repository) {
    try {
      return !repository.getObjectDatabase().getShallowCommits().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }
}
