package dev.trellis.core.signal.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The git history of one repository point: its tags, and its first-parent commits classified by
 * review evidence. Unavailable (with the reason) outside git, in a repository without commits, and
 * in a shallow clone; never an exception for those.
 *
 * <p>Cost: tags are read once (one peel per tag). {@link #firstParent} walks one commit per step
 * with a shared reader, parsing each message once and dropping its body right away; results are
 * memoised per bound, so rules asking for the same bound share one walk. Thread-safe.
 */
public final class History {
  private final Optional<Repository> repository;
  private final Optional<ObjectId> head;
  private final Optional<String> unavailable;
  private final Optional<String> branch;
  private final List<Tag> tags;
  private final ConcurrentHashMap<String, FirstParentLog> logs = new ConcurrentHashMap<>();

  private History(
      Optional<Repository> repository,
      Optional<ObjectId> head,
      Optional<String> unavailable,
      Optional<String> branch,
      List<Tag> tags) {
    this.repository = repository;
    this.head = head;
    this.unavailable = unavailable;
    this.branch = branch;
    this.tags = List.copyOf(tags);
  }

  /** A history that cannot be read, and why (shown in messages). */
  public static History unavailable(String why) {
    return new History(
        Optional.empty(), Optional.empty(), Optional.of(why), Optional.empty(), List.of());
  }

  /** Reads the tags of {@code repository}; commits are walked on demand from {@code head}. */
  public static History of(
      Repository repository, Optional<ObjectId> head, boolean shallow, Optional<String> branch) {
    List<Tag> tags = readTags(repository);
    if (head.isEmpty()) {
      return new History(
          Optional.empty(),
          Optional.empty(),
          Optional.of("the repository has no commits yet"),
          branch,
          tags);
    }
    if (shallow) {
      return new History(
          Optional.empty(),
          Optional.empty(),
          Optional.of(
              "this is a shallow clone, so its history is incomplete (fetch it whole with"
                  + " 'git fetch --unshallow')"),
          branch,
          tags);
    }
    return new History(Optional.of(repository), head, Optional.empty(), branch, tags);
  }

  /** Why commits cannot be read, when they cannot. */
  public Optional<String> unavailableReason() {
    return unavailable;
  }

  public boolean available() {
    return unavailable.isEmpty();
  }

  /** The branch the point is on, when it is a branch ({@code main}). */
  public Optional<String> branch() {
    return branch;
  }

  /** Tags that point at commits, newest first (by date, then name). */
  public List<Tag> tags() {
    return tags;
  }

  /**
   * The first-parent commits from the point, newest first: at most {@code maxCommits}, and none
   * that landed before {@code since} (when given). Empty when {@link #available()} is false.
   */
  public FirstParentLog firstParent(int maxCommits, Optional<Instant> since) {
    if (repository.isEmpty()) {
      return new FirstParentLog(branch, List.of(), false);
    }
    String key = maxCommits + "|" + since.map(Instant::toString).orElse("");
    return logs.computeIfAbsent(key, k -> walk(maxCommits, since));
  }

  private FirstParentLog walk(int maxCommits, Optional<Instant> since) {
    List<HistoryCommit> out = new ArrayList<>();
    boolean complete = false;
    Repository repo = repository.get();
    try (ObjectReader reader = repo.newObjectReader();
        RevWalk walk = new RevWalk(reader)) {
      walk.setRetainBody(true);
      ObjectId next = head.get();
      while (next != null && out.size() < maxCommits) {
        RevCommit c;
        try {
          c = walk.parseCommit(next);
        } catch (MissingObjectException e) {
          break;
        }
        PersonIdent committer = c.getCommitterIdent();
        Instant time = committer.getWhenAsInstant();
        if (since.isPresent() && time.isBefore(since.get())) {
          break;
        }
        PersonIdent author = c.getAuthorIdent();
        String message = c.getFullMessage();
        ChangeClassifier.Classification cls =
            ChangeClassifier.classify(
                message,
                c.getParentCount(),
                author.getName(),
                author.getEmailAddress(),
                committer.getName(),
                committer.getEmailAddress());
        out.add(
            new HistoryCommit(
                c.getId(),
                ChangeClassifier.subject(message),
                author.getName(),
                author.getEmailAddress(),
                committer.getName(),
                committer.getEmailAddress(),
                time,
                c.getParentCount(),
                cls.kind(),
                cls.change(),
                cls.trailers()));
        next = c.getParentCount() > 0 ? c.getParent(0).getId() : null;
        c.disposeBody();
        if (next == null) {
          complete = true;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot walk the history: " + e.getMessage(), e);
    }
    return new FirstParentLog(branch, out, complete);
  }

  private static List<Tag> readTags(Repository repository) {
    List<Tag> out = new ArrayList<>();
    try (ObjectReader reader = repository.newObjectReader();
        RevWalk walk = new RevWalk(reader)) {
      for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
        String name = ref.getName().substring(Constants.R_TAGS.length());
        try {
          RevObject obj = walk.parseAny(ref.getObjectId());
          Instant date = null;
          boolean annotated = false;
          while (obj instanceof RevTag t) {
            annotated = true;
            if (date == null && t.getTaggerIdent() != null) {
              date = t.getTaggerIdent().getWhenAsInstant();
            }
            obj = walk.parseAny(t.getObject());
          }
          if (obj instanceof RevCommit c) {
            walk.parseHeaders(c);
            if (date == null) {
              date = c.getCommitterIdent().getWhenAsInstant();
            }
            out.add(new Tag(name, c.getId(), date, annotated));
          }
        } catch (MissingObjectException e) {
          // a tag into the missing part of a shallow or partial clone: not a release we can date
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tags: " + e.getMessage(), e);
    }
    out.sort(Comparator.comparing(Tag::date).reversed().thenComparing(Tag::name));
    return out;
  }
}
