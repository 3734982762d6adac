package dev.trellis.core.policy;

import java.util.Collection;

/** "Did you mean ...?" hints for misspelt keys and rule ids. */
public final class Suggest {
  private Suggest() {}

  /** A hint naming the closest candidate, or listing a few when none is close. */
  public static String didYouMean(String given, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(given, c);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    if (best != null && bestDistance <= Math.max(2, given.length() / 3)) {
      return "Did you mean '" + best + "'?";
    }
    return candidates.isEmpty()
        ? ""
        : "Known: "
            + String.join(", ", candidates.stream().sorted().limit(12).toList())
            + (candidates.size() > 12 ? ", ..." : "")
            + ".";
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
