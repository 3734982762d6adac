package dev.trellis.core.repo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
      return new WorkTreeRepo(root, repository);
    }
    String rev = at.orElse("HEAD");
    try (RevWalk walk = new RevWalk(repository)) {
      ObjectId id = repository.resolve(rev + "^{commit}");
      if (id == null) {
        repository.close();
        throw new RepoException("unknown revision '" + rev + "' in " + root);
      }
      RevCommit commit = walk.parseCommit(id);
      return new CommitRepo(root, repository, commit, rev.equals(commit.name()) ? "" : rev);
    } catch (IOException e) {
      repository.close();
      throw new RepoException(
          "cannot read revision '" + rev + "' in " + root + ": " + e.getMessage(), e);
    }
  }

  private static Optional<Repository> openGit(Path root) {
    try {
      Path dotGit = root.resolve(".git");
      if (Files.exists(dotGit)) {
        return Optional.of(
            new FileRepositoryBuilder().findGitDir(root.toFile()).setMustExist(true).build());
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
