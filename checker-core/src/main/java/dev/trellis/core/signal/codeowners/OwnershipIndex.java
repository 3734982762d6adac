package dev.trellis.core.signal.codeowners;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the owners of files without trying every pattern on every file. Patterns are indexed by
 * what a path must contain for them to match: their literal leading segments ({@code /src/app/**}
 * sits in a trie under {@code src → app}), the literal segment after a leading {@code **} ({@code
 * logs} for {@code logs/}, which floats to any depth), or the extension of a floating basename glob
 * ({@code .js} for {@code *.js}); only patterns that fit none of these (such as {@code *} or {@code
 * /test*}) are tried on every file. A file therefore meets only the patterns that can match it,
 * found in O(depth) map lookups, and the candidates are tried from the last line upwards so the
 * first hit decides (GitHub: the last matching line wins; GitLab: the last matching line of each
 * section, unless an exclusion of that section matches).
 *
 * <p>Immutable and thread-safe; a {@link Resolver} holds scratch buffers and is for one thread.
 */
public final class OwnershipIndex {
  private final CodeownersFile file;
  private final Entry[] entries;
  private final Node root = new Node();
  private final Map<String, int[]> floating;
  private final Map<String, int[]> extensions;
  private final int[] always;
  private final int sectionCount;

  private OwnershipIndex(CodeownersFile file) {
    this.file = file;
    this.entries = file.entries().toArray(Entry[]::new);
    this.sectionCount = file.sections().size();
    Map<String, List<Integer>> floatingLists = new HashMap<>();
    Map<String, List<Integer>> extensionLists = new HashMap<>();
    List<Integer> alwaysList = new ArrayList<>();
    Map<Node, List<Integer>> nodeLists = new HashMap<>();
    if (file.loaded()) {
      for (Entry e : entries) {
        if (!e.active() || e.matcher().matchesNothing()) {
          continue;
        }
        int i = e.index();
        PathPattern p = e.matcher();
        List<String> prefix = p.literalPrefix();
        if (!prefix.isEmpty()) {
          Node n = root;
          for (String s : prefix) {
            n = n.children.computeIfAbsent(s, k -> new Node());
          }
          nodeLists.computeIfAbsent(n, k -> new ArrayList<>()).add(i);
        } else if (p.floatingLiteral().isPresent()) {
          floatingLists.computeIfAbsent(p.floatingLiteral().get(), k -> new ArrayList<>()).add(i);
        } else if (p.floatingExtension().isPresent()) {
          extensionLists
              .computeIfAbsent(p.floatingExtension().get(), k -> new ArrayList<>())
              .add(i);
        } else {
          alwaysList.add(i);
        }
      }
    }
    nodeLists.forEach((n, l) -> n.entries = toArray(l));
    this.floating = arrays(floatingLists);
    this.extensions = arrays(extensionLists);
    this.always = toArray(alwaysList);
  }

  /** Indexes the active lines of {@code file}. Cost: linear in the number of lines. */
  public static OwnershipIndex of(CodeownersFile file) {
    return new OwnershipIndex(file);
  }

  public CodeownersFile file() {
    return file;
  }

  /** A resolver for one thread. */
  public Resolver resolver() {
    return new Resolver();
  }

  /** The owners of one path (a convenience; use a {@link Resolver} for many). */
  public Ownership resolve(String path) {
    return new Resolver().resolve(path);
  }

  private static Map<String, int[]> arrays(Map<String, List<Integer>> lists) {
    Map<String, int[]> out = new HashMap<>();
    lists.forEach((k, v) -> out.put(k, toArray(v)));
    return out;
  }

  private static int[] toArray(List<Integer> l) {
    return l.stream().mapToInt(Integer::intValue).toArray();
  }

  private static final class Node {
    final Map<String, Node> children = new HashMap<>(4);
    int[] entries = new int[0];
  }

  /** What every file below one directory meets: kept while consecutive files share it. */
  private static final class DirState {
    String dir;
    Node node;
    int[] candidates = new int[16];
    int count;
  }

  /**
   * Resolves paths for one thread, reusing buffers. Consecutive paths in the same directory (as in
   * a sorted file list) share the directory's candidates.
   */
  public final class Resolver {
    private final DirState dir = new DirState();
    private int[] buf = new int[64];
    private final Map<Long, Ownership> interned = new HashMap<>();
    private final int[] winner = new int[sectionCount];
    private final boolean[] excluded = new boolean[sectionCount];

    private Resolver() {}

    /** The owners of {@code path} (repository-relative, {@code /}-separated). */
    public Ownership resolve(String path) {
      String[] segs = split(path);
      int n = candidates(path, segs);
      if (file.dialect() == Dialect.GITHUB) {
        for (int k = 0; k < n; k++) {
          Entry e = entries[buf[k]];
          if (e.matcher().matches(segs, segs.length)) {
            return githubOwnership(e);
          }
        }
        return Ownership.NONE;
      }
      Arrays.fill(winner, -1);
      Arrays.fill(excluded, false);
      for (int k = 0; k < n; k++) {
        Entry e = entries[buf[k]];
        int s = e.section();
        if (excluded[s] || (!e.exclusion() && winner[s] >= 0)) {
          continue;
        }
        if (e.matcher().matches(segs, segs.length)) {
          if (e.exclusion()) {
            excluded[s] = true;
          } else {
            winner[s] = e.index();
          }
        }
      }
      List<Entry> deciding = new ArrayList<>();
      for (int s = 0; s < sectionCount; s++) {
        if (winner[s] >= 0 && !excluded[s]) {
          deciding.add(entries[winner[s]]);
        }
      }
      if (deciding.isEmpty()) {
        return Ownership.NONE;
      }
      Set<String> owners = new LinkedHashSet<>();
      for (Entry e : deciding) {
        owners.addAll(e.ownerNames());
      }
      return new Ownership(List.copyOf(owners), deciding);
    }

    private String[] split(String path) {
      int n = 1;
      for (int i = 0; i < path.length(); i++) {
        if (path.charAt(i) == '/') {
          n++;
        }
      }
      String[] out = new String[n];
      int k = 0;
      int start = 0;
      for (int i = 0; i < path.length(); i++) {
        if (path.charAt(i) == '/') {
          out[k++] = path.substring(start, i);
          start = i + 1;
        }
      }
      out[k] = path.substring(start);
      return out;
    }

    private Ownership githubOwnership(Entry e) {
      return interned.computeIfAbsent(
          (long) e.index(), k -> new Ownership(e.ownerNames(), List.of(e)));
    }

    /**
     * Calls {@code sink} with every line that matches {@code path}, active ones only, in file order
     * (for analyses that need all matches, not only the deciding ones).
     */
    public void forEachMatch(String path, java.util.function.IntConsumer sink) {
      String[] segs = split(path);
      int n = candidates(path, segs);
      for (int k = n - 1; k >= 0; k--) {
        Entry e = entries[buf[k]];
        if (e.matcher().matches(segs, segs.length)) {
          sink.accept(e.index());
        }
      }
    }

    /** Fills {@code buf} with the candidate entry indexes, descending, without duplicates. */
    private int candidates(String path, String[] segs) {
      int slash = path.lastIndexOf('/');
      String parent = slash < 0 ? "" : path.substring(0, slash);
      if (!parent.equals(dir.dir)) {
        loadDir(parent, segs);
      }
      int n = 0;
      n = add(n, dir.candidates, dir.count);
      String name = segs[segs.length - 1];
      if (dir.node != null) {
        Node child = dir.node.children.get(name);
        if (child != null) {
          n = add(n, child.entries, child.entries.length);
        }
      }
      int[] f = floating.get(name);
      if (f != null) {
        n = add(n, f, f.length);
      }
      int dot = name.lastIndexOf('.');
      if (dot >= 0) {
        int[] x = extensions.get(name.substring(dot));
        if (x != null) {
          n = add(n, x, x.length);
        }
      }
      if (n > 1) {
        Arrays.sort(buf, 0, n);
        int w = 0;
        for (int r = 0; r < n; r++) {
          if (w == 0 || buf[r] != buf[w - 1]) {
            buf[w++] = buf[r];
          }
        }
        for (int a = 0, b = w - 1; a < b; a++, b--) {
          int t = buf[a];
          buf[a] = buf[b];
          buf[b] = t;
        }
        n = w;
      }
      return n;
    }

    private int add(int n, int[] from, int count) {
      if (n + count > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + count));
      }
      System.arraycopy(from, 0, buf, n, count);
      return n + count;
    }

    private void loadDir(String parent, String[] segs) {
      dir.dir = parent;
      dir.count = 0;
      dirAdd(always);
      Node node = root;
      int depth = segs.length - 1;
      for (int i = 0; i < depth; i++) {
        String s = segs[i];
        if (node != null) {
          node = node.children.get(s);
          if (node != null) {
            dirAdd(node.entries);
          }
        }
        int[] f = floating.get(s);
        if (f != null) {
          dirAdd(f);
        }
        int dot = s.lastIndexOf('.');
        if (dot >= 0) {
          int[] x = extensions.get(s.substring(dot));
          if (x != null) {
            dirAdd(x);
          }
        }
      }
      dir.node = node;
    }

    private void dirAdd(int[] from) {
      if (dir.count + from.length > dir.candidates.length) {
        dir.candidates =
            Arrays.copyOf(
                dir.candidates, Math.max(dir.candidates.length * 2, dir.count + from.length));
      }
      System.arraycopy(from, 0, dir.candidates, dir.count, from.length);
      dir.count += from.length;
    }
  }
}
