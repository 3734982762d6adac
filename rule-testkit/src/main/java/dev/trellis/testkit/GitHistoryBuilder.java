package dev.trellis.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Builds real git histories for tests with JGit: commits with authors, committers and dates, files
 * added, changed and deleted, branches, merges with two parents, lightweight and annotated tags,
 * and commit-message trailers. The work tree and index always match the checked-out branch, so the
 * result can be checked at its work tree or at any revision.
 *
 * <p>Dates are deterministic: a commit without {@code at(...)} is one hour after the previous one,
 * starting at {@code 2026-01-01T09:00:00Z}.
 *
 * <pre>{@code
 * try (GitHistoryBuilder git = GitHistoryBuilder.temporary()) {
 *   git.commit("Add README").add("README.md", "# Payments\n").by("Ada", "ada@example.com").create();
 *   git.branch("feature").checkout("feature");
 *   git.commit("Add docs").add("docs/a.md", "A\n").trailer("Reviewed-by", "Bob <bob@example.com>")
 *       .create();
 *   git.checkout("main");
 *   git.merge("feature", "Merge pull request #12 from acme/feature").create();
 *   git.tag("v1.0").annotatedTag("v1.1", "Release 1.1");
 *   RuleFixtures.check("rituals/changelog", git.directory()).expected("...").verify();
 * }
 * }</pre>
 */
public final class GitHistoryBuilder implements AutoCloseable {
  /** The first default commit time. */
  public static final Instant START = Instant.parse("2026-01-01T09:00:00Z");

  private final Path directory;
  private final boolean deleteOnClose;
  private final Git git;
  private PersonIdent author = new PersonIdent("Test Author", "author@example.com");
  private Optional<PersonIdent> committer = Optional.empty();
  private Instant clock = START.minus(Duration.ofHours(1));

  private GitHistoryBuilder(Path directory, boolean deleteOnClose, String initialBranch) {
    this.directory = directory;
    this.deleteOnClose = deleteOnClose;
    try {
      Files.createDirectories(directory);
      this.git =
          Git.init()
              .setDirectory(directory.toFile())
              .setInitialBranch(initialBranch)
              .setBare(false)
              .call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GitAPIException e) {
      throw new IllegalStateException("cannot create a git repository in " + directory, e);
    }
  }

  /** A new repository (branch {@code main}) in {@code directory}, which is kept on close. */
  public static GitHistoryBuilder init(Path directory) {
    return new GitHistoryBuilder(directory, false, "main");
  }

  /** A new repository with another initial branch name ({@code master}, {@code trunk}). */
  public static GitHistoryBuilder init(Path directory, String initialBranch) {
    return new GitHistoryBuilder(directory, false, initialBranch);
  }

  /** A new repository (branch {@code main}) in a temporary directory deleted on close. */
  public static GitHistoryBuilder temporary() {
    try {
      return new GitHistoryBuilder(Files.createTempDirectory("trellis-git-"), true, "main");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The work tree, which is also the repository root to check. */
  public Path directory() {
    return directory;
  }

  /** The JGit repository, for assertions and reads; owned by this builder. */
  public Repository repository() {
    return git.getRepository();
  }

  /** The default author (and committer, unless one is set) of later commits. */
  public GitHistoryBuilder author(String name, String email) {
    this.author = new PersonIdent(name, email);
    return this;
  }

  /** The default committer of later commits (for example a merge bot). */
  public GitHistoryBuilder committer(String name, String email) {
    this.committer = Optional.of(new PersonIdent(name, email));
    return this;
  }

  /** Moves the default clock: the next commit without a date is one hour after {@code time}. */
  public GitHistoryBuilder clock(String time) {
    this.clock = parseTime(time);
    return this;
  }

  /** Starts a commit on the checked-out branch. */
  public CommitBuilder commit(String message) {
    return new CommitBuilder(message, Optional.empty());
  }

  /**
   * Starts a merge commit of {@code branch} into the checked-out branch, always with two parents
   * (never a fast-forward). The branches must not conflict.
   */
  public CommitBuilder merge(String branch, String message) {
    return new CommitBuilder(message, Optional.of(branch));
  }

  /** Creates a branch at the current commit, without checking it out. */
  public GitHistoryBuilder branch(String name) {
    return call(() -> git.branchCreate().setName(name).call());
  }

  /** Creates a branch at {@code revision}. */
  public GitHistoryBuilder branch(String name, String revision) {
    return call(() -> git.branchCreate().setName(name).setStartPoint(revision).call());
  }

  /** Checks out an existing branch; the work tree follows. */
  public GitHistoryBuilder checkout(String branch) {
    return call(() -> git.checkout().setName(branch).call());
  }

  /** A lightweight tag at the current commit. */
  public GitHistoryBuilder tag(String name) {
    return tagAt(name, "HEAD");
  }

  /** A lightweight tag at {@code revision}. */
  public GitHistoryBuilder tagAt(String name, String revision) {
    RevCommit target = commitAt(revision);
    return call(() -> git.tag().setName(name).setAnnotated(false).setObjectId(target).call());
  }

  /** An annotated tag at the current commit, tagged by the default author one hour later. */
  public GitHistoryBuilder annotatedTag(String name, String message) {
    return annotatedTag(name, message, "HEAD", null);
  }

  /**
   * An annotated tag at {@code revision}, dated {@code time} ({@code 2026-03-01} or an instant), or
   * one hour after the last commit when {@code time} is null.
   */
  public GitHistoryBuilder annotatedTag(String name, String message, String revision, String time) {
    RevCommit target = commitAt(revision);
    Instant when = time == null ? tick() : parseTime(time);
    PersonIdent tagger = new PersonIdent(author, when, ZoneOffset.UTC);
    return call(
        () ->
            git.tag()
                .setName(name)
                .setAnnotated(true)
                .setSigned(false)
                .setMessage(message)
                .setTagger(tagger)
                .setObjectId(target)
                .call());
  }

  /** The id of the current commit. */
  public ObjectId head() {
    try {
      return git.getRepository().resolve("HEAD");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    git.getRepository().close();
    git.close();
    if (deleteOnClose) {
      try {
        RuleFixtures.deleteTree(directory);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private RevCommit commitAt(String revision) {
    try (RevWalk walk = new RevWalk(git.getRepository())) {
      ObjectId id = git.getRepository().resolve(revision + "^{commit}");
      if (id == null) {
        throw new IllegalArgumentException("no commit '" + revision + "' in " + directory);
      }
      return walk.parseCommit(id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Instant tick() {
    clock = clock.plus(Duration.ofHours(1));
    return clock;
  }

  /** {@code 2026-03-01} (09:00 UTC that day) or an ISO instant {@code 2026-03-01T10:15:00Z}. */
  static Instant parseTime(String time) {
    if (time.length() == 10) {
      return LocalDate.parse(time).atTime(9, 0).toInstant(ZoneOffset.UTC);
    }
    return Instant.parse(time);
  }

  private interface GitCall {
    Object run() throws GitAPIException;
  }

  private GitHistoryBuilder call(GitCall action) {
    try {
      action.run();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    return this;
  }

  /** One commit (or merge commit) being assembled; {@link #create()} makes it. */
  public final class CommitBuilder {
    private final String message;
    private final Optional<String> mergeOf;
    private final Map<String, Optional<byte[]>> changes = new LinkedHashMap<>();
    private final List<String> trailers = new ArrayList<>();
    private PersonIdent by = author;
    private Optional<PersonIdent> committedBy = committer;
    private Optional<Instant> when = Optional.empty();
    private Optional<Instant> committedWhen = Optional.empty();

    private CommitBuilder(String message, Optional<String> mergeOf) {
      this.message = Objects.requireNonNull(message);
      this.mergeOf = mergeOf;
    }

    /** Adds or replaces a file (UTF-8 text). */
    public CommitBuilder add(String path, String content) {
      return add(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds or replaces a file. */
    public CommitBuilder add(String path, byte[] content) {
      changes.put(path, Optional.of(content.clone()));
      return this;
    }

    /** Deletes a file. */
    public CommitBuilder delete(String path) {
      changes.put(path, Optional.empty());
      return this;
    }

    /** The author of this commit. */
    public CommitBuilder by(String name, String email) {
      this.by = new PersonIdent(name, email);
      return this;
    }

    /** The committer of this commit, when it is not the author. */
    public CommitBuilder committer(String name, String email) {
      this.committedBy = Optional.of(new PersonIdent(name, email));
      return this;
    }

    /** The author date ({@code 2026-03-01} or an ISO instant); also the commit date by default. */
    public CommitBuilder at(String time) {
      this.when = Optional.of(parseTime(time));
      return this;
    }

    /** A commit date different from the author date (a rebase, a merge queue). */
    public CommitBuilder committedAt(String time) {
      this.committedWhen = Optional.of(parseTime(time));
      return this;
    }

    /** A trailer line ({@code Reviewed-by: Bob <bob@example.com>}) at the end of the message. */
    public CommitBuilder trailer(String key, String value) {
      trailers.add(key + ": " + value);
      return this;
    }

    /** Makes the commit and returns its id. */
    public ObjectId create() {
      Instant authored = when.orElseGet(GitHistoryBuilder.this::tick);
      if (when.isPresent()) {
        clock = authored;
      }
      Instant committed = committedWhen.orElse(authored);
      PersonIdent authorIdent = new PersonIdent(by, authored, ZoneOffset.UTC);
      PersonIdent committerIdent =
          new PersonIdent(committedBy.orElse(by), committed, ZoneOffset.UTC);
      String fullMessage =
          trailers.isEmpty()
              ? message
              : message.stripTrailing() + "\n\n" + String.join("\n", trailers);
      try {
        if (mergeOf.isPresent()) {
          ObjectId other = git.getRepository().resolve(mergeOf.get());
          if (other == null) {
            throw new IllegalArgumentException("no branch '" + mergeOf.get() + "' to merge");
          }
          MergeResult result =
              git.merge()
                  .include(other)
                  .setFastForward(MergeCommand.FastForwardMode.NO_FF)
                  .setCommit(false)
                  .call();
          if (!result.getMergeStatus().isSuccessful()) {
            throw new IllegalStateException(
                "merging '" + mergeOf.get() + "' failed: " + result.getMergeStatus());
          }
        }
        for (Map.Entry<String, Optional<byte[]>> c : changes.entrySet()) {
          Path file = directory.resolve(c.getKey());
          if (c.getValue().isPresent()) {
            Files.createDirectories(file.getParent());
            Files.write(file, c.getValue().get());
            git.add().addFilepattern(c.getKey()).call();
          } else {
            git.rm().addFilepattern(c.getKey()).call();
          }
        }
        RevCommit commit =
            git.commit()
                .setMessage(fullMessage)
                .setAuthor(authorIdent)
                .setCommitter(committerIdent)
                .setAllowEmpty(true)
                .setSign(false)
                .setNoVerify(true)
                .call();
        return commit.getId();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (GitAPIException e) {
        throw new IllegalStateException("cannot commit '" + message + "': " + e.getMessage(), e);
      }
    }
  }
}
