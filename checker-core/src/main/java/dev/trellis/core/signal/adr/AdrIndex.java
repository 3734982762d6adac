package dev.trellis.core.signal.adr;

import java.util.List;

/**
 * An index of a log ({@code README.md}, {@code index.md}, {@code 000-index.md}, or any file with
 * adr-log's {@code <!-- adrlog -->} markers) and the entries it lists.
 *
 * @param path repo-relative path
 * @param adrLog whether it holds adr-log markers (the text between them is generated)
 * @param entries the links into the log folder it holds
 */
public record AdrIndex(String path, boolean adrLog, List<Entry> entries) {

  public AdrIndex {
    entries = List.copyOf(entries);
  }

  /**
   * One entry: a link to a file of the log.
   *
   * @param text the link text
   * @param target the repo-relative path it points to
   * @param exists whether that file exists
   * @param line 1-based line in the index
   */
  public record Entry(String text, String target, boolean exists, int line) {}

  /**
   * Whether this file works as a list of the records (adr-log markers, or at least two entries),
   * rather than a README that mentions one record in passing.
   */
  public boolean isList() {
    return adrLog || entries.size() >= 2;
  }
}
