package dev.trellis.core.signal.history;

import java.time.Instant;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A tag that points at a commit.
 *
 * @param name the short name ({@code v1.2.0})
 * @param commit the commit it points at, after peeling
 * @param date the tagger date of an annotated tag, else the commit date
 * @param annotated whether it is an annotated tag
 */
public record Tag(String name, ObjectId commit, Instant date, boolean annotated) {
  public Tag {
    commit = commit.copy();
  }
}
