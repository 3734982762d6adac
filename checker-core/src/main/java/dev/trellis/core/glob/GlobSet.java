package dev.trellis.core.glob;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Several globs, indexed by what a path must contain for each to match, so that a path meets only
 * the globs that can match it (never files x patterns): an anchored glob by its literal leading
 * directories ({@code docs} for {@code docs/**}{@code /*.md}), a floating one by a literal segment
 * ({@code .env}, {@code node_modules}) or else a literal extension ({@code .pem} for {@code
 * **}{@code /*.pem}). Selecting costs, per path, one pass over its characters and a hash probe per
 * segment, without allocating, and a path in the same directory as the one before it (as neighbours
 * in a sorted list are) only looks at its file name; only globs that fit none of these ({@code *},
 * {@code src*}{@code /**}) are tried on every path. {@link #selectSorted} reads the files of
 * anchored globs as ranges of a sorted list instead of looking at every file.
 *
 * <p>Immutable and thread-safe.
 *
 * <p>Example: {@code GlobSet.of(List.of("**}{@code /.env", "*.pem")).select(repo.files())}
 */
public final class GlobSet {
  private static final int ANY = 0;
  private static final int FIRST = 1;
  private static final int USED = 2;
  private static final int NONE = Integer.MAX_VALUE;

  private final List<Glob> globs;
  private final Glob[] array;
  private final RegionTable prefixes;
  private final RegionTable names;
  private final RegionTable extensions;
  private final int[] always;

  /** The root prefixes no other covers, when every glob has one; else null. */
  private final List<String> outerPrefixes;

  private GlobSet(List<Glob> globs) {
    this.globs = List.copyOf(globs);
    this.array = globs.toArray(Glob[]::new);
    Map<String, List<Integer>> byPrefix = new LinkedHashMap<>();
    Map<String, List<Integer>> byName = new HashMap<>();
    Map<String, List<Integer>> byExtension = new HashMap<>();
    List<Integer> rest = new ArrayList<>();
    for (int i = 0; i < array.length; i++) {
      Glob g = array[i];
      Optional<String> key;
      if ((key = g.rootPrefix()).isPresent()) {
        byPrefix.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(i);
      } else if ((key = g.literalSegment()).isPresent()) {
        byName.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(i);
      } else if ((key = g.extension()).isPresent()) {
        byExtension.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(i);
      } else {
        rest.add(i);
      }
    }
    this.prefixes = byPrefix.isEmpty() ? null : new RegionTable(byPrefix);
    this.names = byName.isEmpty() ? null : new RegionTable(byName);
    this.extensions = byExtension.isEmpty() ? null : new RegionTable(byExtension);
    this.always = rest.stream().mapToInt(Integer::intValue).toArray();
    boolean prefixesOnly = !byPrefix.isEmpty() && byName.isEmpty() && byExtension.isEmpty();
    this.outerPrefixes = prefixesOnly && rest.isEmpty() ? outer(byPrefix.keySet()) : null;
  }

  public static GlobSet of(List<String> globs) {
    return new GlobSet(Glob.all(globs));
  }

  public List<Glob> globs() {
    return globs;
  }

  /** True when any glob matches {@code path} (for many paths, {@link #select} is cheaper). */
  public boolean matches(String path) {
    return visit(path, ANY, null, new Candidates()) != NONE;
  }

  /** The paths any glob matches, in the given order. */
  public List<String> select(List<String> paths) {
    List<String> out = new ArrayList<>();
    Candidates c = new Candidates();
    for (String p : paths) {
      if (visit(p, ANY, null, c) != NONE) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * For a sorted list (see {@link #selectSorted}): {@code true} at the index of each path a glob
   * matches, for callers that keep the others together with data of their own by index.
   */
  public boolean[] matchedSorted(List<String> sorted) {
    List<String> selected = selectSorted(sorted);
    boolean[] matched = new boolean[sorted.size()];
    int next = 0; // selected is a subsequence of sorted, in its order
    for (int i = 0; i < sorted.size() && next < selected.size(); i++) {
      if (selected.get(next).equals(sorted.get(i))) {
        matched[i] = true;
        next++;
      }
    }
    return matched;
  }

  /**
   * {@link #select} for a list sorted in {@link String} order, as {@code Repo.files()} is: when
   * every glob is anchored at literal directories, only those directories' ranges of the list are
   * read (two binary searches each), not every path.
   */
  public List<String> selectSorted(List<String> sorted) {
    if (outerPrefixes == null) {
      return select(sorted);
    }
    List<String> out = new ArrayList<>();
    Candidates c = new Candidates();
    for (String prefix : outerPrefixes) {
      int exact = Collections.binarySearch(sorted, prefix);
      if (exact >= 0 && matches(prefix)) {
        out.add(prefix);
      }
      int from = lowerBound(sorted, prefix + "/");
      int to = lowerBound(sorted, prefix + (char) ('/' + 1));
      for (String p : sorted.subList(from, to)) {
        if (visit(p, ANY, null, c) != NONE) {
          out.add(p);
        }
      }
    }
    if (outerPrefixes.size() > 1) {
      out.sort(null); // the ranges are disjoint, but "a" < "a.b" < "a/x"
    }
    return out;
  }

  /** The first glob (in the order given) that matches {@code path}, if any. */
  public Optional<Glob> first(String path) {
    int i = visit(path, FIRST, null, new Candidates());
    return i == NONE ? Optional.empty() : Optional.of(array[i]);
  }

  /**
   * For each glob, whether it matches at least one of {@code selected} (which should be the output
   * of {@link #select}; each path is tried only against the globs its index entries name).
   */
  public boolean[] used(List<String> selected) {
    boolean[] used = new boolean[array.length];
    Candidates c = new Candidates();
    for (String p : selected) {
      visit(p, USED, used, c);
    }
    return used;
  }

  /**
   * Tries the globs that can match {@code path}: those of each prefix of it ending at a segment
   * boundary, of each of its segments and each segment's extension, and the unindexed ones. The
   * candidates of the path's directories stay in {@code c} while the next paths share them (as
   * neighbours in a sorted list do), so most paths cost a comparison with the previous one and a
   * look at their file name. In {@code ANY} mode returns a matching glob's index as soon as there
   * is one; in {@code FIRST} the lowest matching index; in {@code USED} marks every matching glob
   * in {@code used}. {@link #NONE} when nothing matched.
   */
  private int visit(String path, int mode, boolean[] used, Candidates c) {
    int best = offer(always, path, mode, used, NONE);
    if (mode == ANY && best != NONE) {
      return best;
    }
    int slash = path.lastIndexOf('/');
    if (c.path == null
        || slash != c.directoryEnd
        || (slash > 0 && !path.regionMatches(0, c.path, 0, slash))) {
      c.path = path;
      c.directoryEnd = slash;
      c.count = 0;
      c.prefixHash = slash < 0 ? 0 : collect(path, 0, slash, 0, c);
      c.directoryCount = c.count;
    }
    c.count = c.directoryCount;
    collect(path, slash + 1, path.length(), c.prefixHash, c);
    for (int b = 0; b < c.count; b++) {
      best = offer(c.buckets[b], path, mode, used, best);
      if (mode == ANY && best != NONE) {
        return best;
      }
    }
    return best;
  }

  /**
   * Adds to {@code c} the index entries of the segments of {@code path[from, to)} (where {@code to}
   * ends a segment) and of the prefixes of {@code path} ending with them, given {@code prefixHash},
   * the hash of {@code path[0, from)}; returns the hash of {@code path[0, to)} followed by {@code
   * /}. One pass over the characters, hashing as it goes.
   */
  private int collect(String path, int from, int to, int prefixHash, Candidates c) {
    int nameHash = 0;
    int extensionHash = 0;
    int start = from;
    int dot = -1;
    for (int i = from; i <= to; i++) {
      char ch = i < to ? path.charAt(i) : '/';
      if (ch == '/') {
        if (prefixes != null) {
          c.add(prefixes.get(prefixHash, path, 0, i));
        }
        if (names != null) {
          c.add(names.get(nameHash, path, start, i));
        }
        if (extensions != null && dot >= 0) {
          c.add(extensions.get(extensionHash, path, dot, i));
        }
        start = i + 1;
        nameHash = 0;
        dot = -1;
      } else {
        nameHash = 31 * nameHash + ch;
        if (ch == '.') {
          dot = i;
          extensionHash = ch;
        } else {
          extensionHash = 31 * extensionHash + ch;
        }
      }
      prefixHash = 31 * prefixHash + ch;
    }
    return prefixHash;
  }

  private int offer(int[] candidates, String path, int mode, boolean[] used, int best) {
    if (candidates == null) {
      return best;
    }
    for (int g : candidates) {
      if (g >= best || (mode == USED && used[g])) {
        continue; // FIRST: only a lower index can change the answer
      }
      if (array[g].matches(path)) {
        if (mode == USED) {
          used[g] = true;
        } else if (mode == ANY) {
          return g;
        } else {
          best = g;
        }
      }
    }
    return best;
  }

  /** The index entries met by one path, those of its directories kept for the next path. */
  private static final class Candidates {
    int[][] buckets = new int[8][];
    int count;
    int directoryCount;
    String path;
    int directoryEnd;
    int prefixHash;

    void add(int[] bucket) {
      if (bucket == null) {
        return;
      }
      if (count == buckets.length) {
        buckets = Arrays.copyOf(buckets, count * 2);
      }
      buckets[count++] = bucket;
    }
  }

  private static int lowerBound(List<String> sorted, String key) {
    int i = Collections.binarySearch(sorted, key);
    return i >= 0 ? i : -i - 1;
  }

  /** The prefixes that are not another's directory or below it, sorted. */
  private static List<String> outer(Iterable<String> prefixes) {
    List<String> all = new ArrayList<>();
    prefixes.forEach(all::add);
    List<String> out = new ArrayList<>();
    for (String p : all) {
      boolean covered = false;
      for (String q : all) {
        covered |= !q.equals(p) && p.startsWith(q + "/");
      }
      if (!covered) {
        out.add(p);
      }
    }
    Collections.sort(out);
    return out;
  }
}
