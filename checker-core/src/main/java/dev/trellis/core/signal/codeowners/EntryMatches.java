package dev.trellis.core.signal.codeowners;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * For every line of the CODEOWNERS: how many files it matches, for how many it decides ownership,
 * and which later lines (or exclusions) take the others. Computed in one pass over the files with
 * the same index as ownership, trying all candidate patterns of each file. Immutable.
 */
public final class EntryMatches {
  private final int[] matched;
  private final int[] decided;
  private final List<List<Integer>> takenBy;

  private EntryMatches(int[] matched, int[] decided, List<List<Integer>> takenBy) {
    this.matched = matched;
    this.decided = decided;
    this.takenBy = takenBy;
  }

  /** Computes the statistics of {@code index}'s lines over {@code files}. */
  public static EntryMatches of(OwnershipIndex index, RepoOwnership ownership) {
    List<Entry> entries = index.file().entries();
    int n = entries.size();
    int[] matched = new int[n];
    int[] decided = new int[n];
    List<TreeSet<Integer>> taken = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      taken.add(new TreeSet<>());
    }
    OwnershipIndex.Resolver r = index.resolver();
    List<String> files = ownership.files();
    int sections = index.file().sections().size();
    int[] deciding = new int[sections];
    for (int f = 0; f < files.size(); f++) {
      Ownership o = ownership.ownership(f);
      java.util.Arrays.fill(deciding, -1);
      for (Entry e : o.entries()) {
        deciding[e.section()] = e.index();
      }
      List<Integer> hits = new ArrayList<>();
      r.forEachMatch(files.get(f), hits::add);
      // the exclusions of a section that has no deciding line for this file
      int[] excludedBy = new int[sections];
      java.util.Arrays.fill(excludedBy, -1);
      for (int h : hits) {
        Entry e = entries.get(h);
        if (e.exclusion() && excludedBy[e.section()] < 0) {
          excludedBy[e.section()] = h;
        }
      }
      for (int h : hits) {
        Entry e = entries.get(h);
        matched[h]++;
        int d = deciding[e.section()];
        if (d == h) {
          decided[h]++;
        } else if (e.exclusion()) {
          decided[h]++;
        } else if (d >= 0) {
          taken.get(h).add(d);
        } else if (excludedBy[e.section()] >= 0) {
          taken.get(h).add(excludedBy[e.section()]);
        }
      }
    }
    List<List<Integer>> takenBy = new ArrayList<>();
    for (TreeSet<Integer> t : taken) {
      takenBy.add(List.copyOf(t));
    }
    return new EntryMatches(matched, decided, List.copyOf(takenBy));
  }

  /** How many files the line matches. */
  public int matched(Entry e) {
    return matched[e.index()];
  }

  /** For how many files the line is the deciding line of its section (an exclusion: applies). */
  public int decided(Entry e) {
    return decided[e.index()];
  }

  /**
   * The lines (entry indexes, ascending) that decide the files this line matches but does not
   * decide: later lines of its section, or exclusions of its section.
   */
  public List<Integer> takenBy(Entry e) {
    return takenBy.get(e.index());
  }
}
