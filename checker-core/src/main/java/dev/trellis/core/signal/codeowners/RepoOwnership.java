package dev.trellis.core.signal.codeowners;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The owners of every file of a repository point, resolved in one pass over the sorted file list
 * with an {@link OwnershipIndex} (cost: files × the few candidate patterns each file meets, never
 * files × patterns). Immutable.
 */
public final class RepoOwnership {
  private final List<String> files;
  private final Ownership[] ownerships;
  private final List<String> unowned;

  private RepoOwnership(List<String> files, Ownership[] ownerships) {
    this.files = files;
    this.ownerships = ownerships;
    List<String> u = new ArrayList<>();
    for (int i = 0; i < ownerships.length; i++) {
      if (!ownerships[i].owned()) {
        u.add(files.get(i));
      }
    }
    this.unowned = Collections.unmodifiableList(u);
  }

  /** Resolves every path of {@code sortedFiles}. */
  public static RepoOwnership of(OwnershipIndex index, List<String> sortedFiles) {
    List<String> files = List.copyOf(sortedFiles);
    Ownership[] out = new Ownership[files.size()];
    OwnershipIndex.Resolver r = index.resolver();
    for (int i = 0; i < out.length; i++) {
      out[i] = r.resolve(files.get(i));
    }
    return new RepoOwnership(files, out);
  }

  /** The files, sorted. */
  public List<String> files() {
    return files;
  }

  /** The ownership of the {@code i}-th file. */
  public Ownership ownership(int i) {
    return ownerships[i];
  }

  /** The ownership of {@code path}, or {@link Ownership#NONE} when it is not a file here. */
  public Ownership ownership(String path) {
    int i = Collections.binarySearch(files, path);
    return i >= 0 ? ownerships[i] : Ownership.NONE;
  }

  /** The files without an owner, sorted. */
  public List<String> unowned() {
    return unowned;
  }
}
