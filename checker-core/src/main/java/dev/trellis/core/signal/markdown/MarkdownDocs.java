package dev.trellis.core.signal.markdown;

import dev.trellis.core.repo.FileContent;
import dev.trellis.core.repo.Repo;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Markdown files of one repository point, each parsed at most once, on first request, whichever
 * rule or signal asks. Thread-safe. Binary files and files that are not there give empty.
 */
public final class MarkdownDocs {
  private final Repo repo;
  private final ConcurrentHashMap<String, Optional<MarkdownDoc>> docs = new ConcurrentHashMap<>();

  MarkdownDocs(Repo repo) {
    this.repo = repo;
  }

  /** The parsed document at {@code path}, or empty when it is not a readable text file. */
  public Optional<MarkdownDoc> get(String path) {
    return docs.computeIfAbsent(
        path,
        p ->
            repo.read(p)
                .filter(c -> !c.binary())
                .map((FileContent c) -> Markdown.parse(p, c.text())));
  }
}
