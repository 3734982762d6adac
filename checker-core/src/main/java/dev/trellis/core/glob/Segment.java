package dev.trellis.core.glob;

import java.util.Optional;

/**
 * One segment of a glob whose {@code **} are whole segments: a literal name, a wildcard name
 * ({@code *} and {@code ?} within the segment), or "any number of directories". Matches a region of
 * the path string, so that no segment is ever cut out of it.
 */
final class Segment {
  private static final int DIRECTORIES = 0;
  private static final int LITERAL = 1;
  private static final int ANYTHING = 2;
  private static final int SUFFIX = 3;
  private static final int WILD = 4;

  /** {@code **}{@code /}: zero or more whole segments. */
  static final Segment ANY_DIRECTORIES = new Segment(DIRECTORIES, null, null);

  /** Any one segment, the empty one included ({@code *}, or a final {@code **}). */
  static final Segment ANY_NAME = new Segment(ANYTHING, null, null);

  private final int kind;
  private final String literal;
  private final int[] tokens;

  private Segment(int kind, String literal, int[] tokens) {
    this.kind = kind;
    this.literal = literal;
    this.tokens = tokens;
  }

  /** A segment of {@link Glob}'s tokens: code points, {@link Glob#STAR} and {@link Glob#ONE}. */
  static Segment of(int[] tokens) {
    int stars = 0;
    int ones = 0;
    for (int t : tokens) {
      stars += t == Glob.STAR ? 1 : 0;
      ones += t == Glob.ONE ? 1 : 0;
    }
    if (stars == 0 && ones == 0) {
      return new Segment(LITERAL, text(tokens, 0), null);
    }
    if (ones == 0 && stars == tokens.length) {
      return ANY_NAME;
    }
    if (ones == 0 && stars == 1 && tokens[0] == Glob.STAR) {
      return new Segment(SUFFIX, text(tokens, 1), null);
    }
    return new Segment(WILD, null, tokens);
  }

  private static String text(int[] tokens, int from) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < tokens.length; i++) {
      b.appendCodePoint(tokens[i]);
    }
    return b.toString();
  }

  boolean isLiteral() {
    return kind == LITERAL;
  }

  String literal() {
    return literal;
  }

  /**
   * The extension every matching name ends with, when the name pattern ends in {@code .literal}.
   */
  Optional<String> extension() {
    String tail;
    if (kind == SUFFIX) {
      tail = literal;
    } else if (kind == WILD) {
      int i = tokens.length;
      while (i > 0 && tokens[i - 1] >= 0) {
        i--;
      }
      tail = text(tokens, i);
    } else {
      return Optional.empty();
    }
    int dot = tail.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(tail.substring(dot));
  }

  /** Whether the segment {@code path[from, to)} (which holds no {@code /}) matches. */
  boolean matches(String path, int from, int to) {
    return switch (kind) {
      case LITERAL -> to - from == literal.length() && path.startsWith(literal, from);
      case ANYTHING -> true;
      case SUFFIX ->
          to - from >= literal.length() && path.startsWith(literal, to - literal.length());
      case WILD -> wild(path, from, to);
      default -> throw new IllegalStateException("'**/' is not one segment");
    };
  }

  /** {@code *} and {@code ?} over code points, backtracking only to the last {@code *}. */
  private boolean wild(String path, int from, int to) {
    int m = tokens.length;
    int t = 0;
    int i = from;
    int starT = -1;
    int starI = -1;
    while (i < to) {
      int c = path.codePointAt(i);
      if (t < m && tokens[t] == Glob.STAR) {
        starT = t++;
        starI = i;
      } else if (t < m && (tokens[t] == Glob.ONE || tokens[t] == c)) {
        t++;
        i += Character.charCount(c);
      } else if (starT >= 0) {
        t = starT + 1;
        starI += Character.charCount(path.codePointAt(starI));
        i = starI;
      } else {
        return false;
      }
    }
    while (t < m && tokens[t] == Glob.STAR) {
      t++;
    }
    return t == m;
  }
}
