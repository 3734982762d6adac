package dev.trellis.core.glob;

import java.util.Arrays;

/**
 * Matches a glob whose {@code **} sits inside a segment ({@code src/**.java}, {@code a**b}) one
 * code point at a time, keeping the set of automaton states still alive (a Thompson automaton, two
 * states per token): linear in the path times the glob's length, never exponential. Such globs are
 * rare, so this allocates two small bit sets per call; segment-aligned globs never come here.
 *
 * <p>State {@code 2k} is "before token k"; {@code 2k + 1} is "inside the run of a {@code **}{@code
 * /} at k", which may only leave through a {@code /}. After the last token come "done" and "below
 * it" (after a {@code /}, anything).
 */
final class TokenMatcher {
  private TokenMatcher() {}

  /**
   * Whether {@code tokens} (as {@link Glob} builds them), followed by "nothing, or {@code /} and
   * anything" (a glob naming a directory covers what is below it), matches all of {@code path}.
   */
  static boolean matches(int[] tokens, String path) {
    int done = 2 * tokens.length;
    int below = done + 1;
    int words = (below >>> 6) + 1;
    long[] cur = new long[words];
    long[] next = new long[words];
    set(cur, 0);
    close(tokens, cur);
    int i = 0;
    while (i < path.length()) {
      int c = path.codePointAt(i);
      i += Character.charCount(c);
      Arrays.fill(next, 0L);
      boolean alive = false;
      for (int w = 0; w < words; w++) {
        for (long bits = cur[w]; bits != 0; bits &= bits - 1) {
          alive |= step(tokens, (w << 6) + Long.numberOfTrailingZeros(bits), c, next);
        }
      }
      if (!alive) {
        return false;
      }
      close(tokens, next);
      long[] t = cur;
      cur = next;
      next = t;
    }
    return get(cur, done) || get(cur, below);
  }

  /** Adds the states reached from {@code state} on code point {@code c}; false when none. */
  private static boolean step(int[] tokens, int state, int c, long[] next) {
    int done = 2 * tokens.length;
    if (state == done + 1) {
      return set(next, state);
    }
    if (state == done) {
      return c == '/' && set(next, done + 1);
    }
    int k = state >>> 1;
    int before = 2 * k;
    int after = 2 * (k + 1);
    return switch (tokens[k]) {
      case Glob.STAR -> c != '/' && set(next, before);
      case Glob.ONE -> c != '/' && set(next, after);
      case Glob.ANY -> set(next, before);
      case Glob.ANY_DIRS -> set(next, before + 1) | (c == '/' && set(next, after));
      default -> c == tokens[k] && set(next, after);
    };
  }

  /**
   * Adds the states reachable without input: past a {@code *} or {@code **} at any time, past a
   * {@code **}{@code /} only before it has taken anything.
   */
  private static void close(int[] tokens, long[] states) {
    for (int k = 0; k < tokens.length; k++) {
      int t = tokens[k];
      if (get(states, 2 * k) && (t == Glob.STAR || t == Glob.ANY || t == Glob.ANY_DIRS)) {
        set(states, 2 * (k + 1));
      }
    }
  }

  private static boolean set(long[] states, int k) {
    states[k >>> 6] |= 1L << k;
    return true;
  }

  private static boolean get(long[] states, int k) {
    return (states[k >>> 6] & (1L << k)) != 0;
  }
}
