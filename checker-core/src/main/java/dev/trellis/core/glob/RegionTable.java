package dev.trellis.core.glob;

import java.util.List;
import java.util.Map;

/**
 * A read-only hash map from strings to glob indexes that is asked with a region of a path and that
 * region's {@link String#hashCode()}, computed while scanning the path: a lookup per path segment
 * without cutting the segment out of the path. Open addressing, at most half full.
 */
final class RegionTable {
  private final String[] keys;
  private final int[] hashes;
  private final int[][] values;
  private final int mask;

  RegionTable(Map<String, List<Integer>> entries) {
    int capacity = Integer.highestOneBit(Math.max(2, entries.size() * 2 - 1)) << 1;
    this.keys = new String[capacity];
    this.hashes = new int[capacity];
    this.values = new int[capacity][];
    this.mask = capacity - 1;
    entries.forEach(
        (key, indexes) -> {
          int h = key.hashCode();
          int slot = spread(h) & mask;
          while (keys[slot] != null) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = key;
          hashes[slot] = h;
          values[slot] = indexes.stream().mapToInt(Integer::intValue).sorted().toArray();
        });
  }

  /**
   * The glob indexes (ascending) for {@code path[from, to)} whose hash is {@code hash}, or null.
   */
  int[] get(int hash, String path, int from, int to) {
    int len = to - from;
    for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      String k = keys[slot];
      if (hashes[slot] == hash && k.length() == len && path.startsWith(k, from)) {
        return values[slot];
      }
    }
    return null;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
