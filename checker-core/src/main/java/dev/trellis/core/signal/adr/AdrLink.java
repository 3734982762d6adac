package dev.trellis.core.signal.adr;

import java.util.List;
import java.util.Optional;

/**
 * A link from one record to another: a Markdown link or a bare id ({@code ADR-0005}, {@code ADR
 * 111}), with the relation the text around it names.
 *
 * @param relation the relation
 * @param verb the words as written before the target ({@code Superceded by}, {@code Clarifies},
 *     {@code in favour of}), or empty for a plain reference
 * @param text the link text or the id as written
 * @param destination the link destination as written, or the id for bare ids
 * @param target how the destination names its target
 * @param path the repo-relative path a link destination resolves to (for {@link Target#PATH})
 * @param exists whether the destination exists: the file for a path, a record for an id or slug
 * @param targets the records the link designates (repo-relative paths; several when a number is
 *     used twice)
 * @param line 1-based line in the record
 */
public record AdrLink(
    Relation relation,
    String verb,
    String text,
    String destination,
    Target target,
    Optional<String> path,
    boolean exists,
    List<String> targets,
    int line) {

  public AdrLink {
    targets = List.copyOf(targets);
  }

  /**
   * The destination a Markdown link in the file {@code from} writes to reach {@code to} (both
   * repo-relative): {@code to} relative to {@code from}'s folder, as {@code adr new} and the link
   * fixes write them. Example: {@code destinationTo("docs/adr/0002-b.md", "docs/adr/0001-a.md")} is
   * {@code 0001-a.md}.
   */
  public static String destinationTo(String from, String to) {
    String fromDir = from.contains("/") ? from.substring(0, from.lastIndexOf('/')) : "";
    String[] a = fromDir.isEmpty() ? new String[0] : fromDir.split("/");
    String[] b = to.split("/");
    int common = 0;
    while (common < a.length && common < b.length - 1 && a[common].equals(b[common])) {
      common++;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = common; i < a.length; i++) {
      sb.append("../");
    }
    for (int i = common; i < b.length; i++) {
      sb.append(b[i]);
      if (i < b.length - 1) {
        sb.append('/');
      }
    }
    return sb.toString();
  }

  /** What a link says about the two records. */
  public enum Relation {
    SUPERSEDES,
    SUPERSEDED_BY,
    AMENDS,
    AMENDED_BY,
    /**
     * Another verb, written freely ({@code Clarifies}, {@code Clarified by}, {@code in favour of}).
     */
    OTHER,
    /** A mention without a relation verb. */
    REFERENCE
  }

  /** How the destination names its target. */
  public enum Target {
    /** A relative file path. */
    PATH,
    /** A record number ({@code ADR-0005}). */
    NUMBER,
    /** A slug or file stem (log4brains {@code superseded by 20240101-use-x}). */
    SLUG,
    /** A URL or a path outside the repository: not checked. */
    EXTERNAL
  }

  /** Whether this link states a relation (anything but a plain mention). */
  public boolean isRelation() {
    return relation != Relation.REFERENCE;
  }
}
