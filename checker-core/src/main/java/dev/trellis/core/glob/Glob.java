package dev.trellis.core.glob;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A path glob as policies write them ({@code docs/**}, {@code **}{@code /*.pem}, {@code *.md}):
 * {@code **} crosses directories, {@code *} and {@code ?} do not (and {@code ?} is one character, a
 * whole code point), {@code \} escapes the next character, a leading {@code /} or a {@code /}
 * anywhere but at the end anchors the glob at the root while a glob without one matches at any
 * depth, a trailing {@code /} means {@code /**}, and a glob that names a directory matches
 * everything below it.
 *
 * <p>Matched by hand, segment by segment on the path string: a glob whose {@code **} are whole
 * segments (all the usual ones) is matched without allocating; it becomes a list of segment
 * patterns and "any number of directories", matched like a wildcard over segments (backtracking
 * only to the last {@code **}). A glob with {@code **} inside a segment ({@code src/**.java}) is
 * matched character by character against a small automaton of its tokens instead. Either way the
 * cost is linear in the path for the usual globs and never exponential.
 *
 * <p>Example: {@code Glob.of("legacy/**").matches("legacy/a/b.java") == true}
 */
public final class Glob {
  /** {@code *}: any run of characters other than {@code /}. */
  static final int STAR = -1;

  /** {@code ?}: one character other than {@code /}. */
  static final int ONE = -2;

  /** {@code **} not followed by {@code /}: any run of characters, {@code /} included. */
  static final int ANY = -3;

  /** {@code **}{@code /}: nothing, or any run of characters ending with {@code /}. */
  static final int ANY_DIRS = -4;

  private final String text;
  private final Segment[] segments;
  private final int[] tokens;

  private Glob(String text, Segment[] segments, int[] tokens) {
    this.text = text;
    this.segments = segments;
    this.tokens = tokens;
  }

  public static Glob of(String glob) {
    String g = glob.strip();
    boolean anchored =
        g.startsWith("/") || g.substring(0, Math.max(0, g.length() - 1)).contains("/");
    int from = 0;
    while (from < g.length() && g.charAt(from) == '/') {
      from++;
    }
    g = g.substring(from);
    if (g.endsWith("/")) {
      g = g + "**";
    }
    int[] tokens = tokens(g, anchored);
    Segment[] segments = segments(tokens);
    return new Glob(glob, segments, segments == null ? tokens : null);
  }

  /** The glob's tokens: code points for literal characters, the negative constants otherwise. */
  private static int[] tokens(String g, boolean anchored) {
    int[] out = new int[g.length() + 1];
    int n = 0;
    if (!anchored) {
      out[n++] = ANY_DIRS;
    }
    int i = 0;
    while (i < g.length()) {
      char c = g.charAt(i);
      if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
        boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
        out[n++] = slashAfter ? ANY_DIRS : ANY;
        i += slashAfter ? 3 : 2;
      } else if (c == '*') {
        out[n++] = STAR;
        i++;
      } else if (c == '?') {
        out[n++] = ONE;
        i++;
      } else {
        if (c == '\\' && i + 1 < g.length()) {
          i++;
        }
        int cp = g.codePointAt(i);
        out[n++] = cp;
        i += Character.charCount(cp);
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * The glob as segment patterns and "any directories", or null when a {@code **} sits inside a
   * segment. Each {@code /} separates two segments; a {@code **}{@code /} at the start of a segment
   * is "any number of directories"; a final {@code **} is "at least one more segment", which the
   * wildcard segment expresses exactly since everything after a match is free anyway.
   */
  private static Segment[] segments(int[] tokens) {
    List<Segment> out = new ArrayList<>();
    int start = 0;
    while (true) {
      int end = start;
      while (end < tokens.length && tokens[end] != '/') {
        end++;
      }
      boolean last = end == tokens.length;
      int i = start;
      while (i < end && tokens[i] == ANY_DIRS) {
        i++;
      }
      if (i > start) {
        out.add(Segment.ANY_DIRECTORIES);
      }
      int[] rest = Arrays.copyOfRange(tokens, i, end);
      if (rest.length == 1 && rest[0] == ANY && last) {
        out.add(Segment.ANY_NAME);
      } else {
        for (int t : rest) {
          if (t == ANY || t == ANY_DIRS) {
            return null;
          }
        }
        out.add(Segment.of(rest));
      }
      if (last) {
        return out.toArray(Segment[]::new);
      }
      start = end + 1;
    }
  }

  /** Whether this glob matches {@code path} (repository-relative, {@code /}-separated). */
  public boolean matches(String path) {
    return segments != null ? matchSegments(path) : TokenMatcher.matches(tokens, path);
  }

  /**
   * Segment patterns against the path's segments; "any directories" takes as few segments as it can
   * and one more each time what follows it fails. Everything after the last segment pattern is
   * free: a glob that names a directory matches what is below it.
   */
  private boolean matchSegments(String path) {
    int len = path.length();
    int k = 0;
    int s = 0;
    int starK = -1;
    int starS = -1;
    while (k < segments.length) {
      Segment seg = segments[k];
      if (seg == Segment.ANY_DIRECTORIES) {
        starK = k++;
        starS = s;
        continue;
      }
      if (s > len) {
        return false; // no segment left, and a later start for "**" leaves fewer
      }
      int e = path.indexOf('/', s);
      if (e < 0) {
        e = len;
      }
      if (seg.matches(path, s, e)) {
        k++;
        s = e + 1;
        continue;
      }
      if (starK < 0) {
        return false;
      }
      int slash = path.indexOf('/', starS);
      if (slash < 0) {
        return false;
      }
      starS = slash + 1;
      s = starS;
      k = starK + 1;
    }
    return true;
  }

  public static List<Glob> all(List<String> globs) {
    return globs.stream().map(Glob::of).toList();
  }

  /**
   * The literal directories (or file) a match must be or lie below, when the glob is anchored and
   * starts with literal segments: {@code docs} for {@code docs/**}{@code /*.md}, {@code a/b} for
   * {@code /a/b/*}, {@code README.md} for {@code /README.md}.
   */
  Optional<String> rootPrefix() {
    StringBuilder b = new StringBuilder();
    if (segments != null) {
      for (int i = 0; i < segments.length && segments[i].isLiteral(); i++) {
        b.append(i > 0 ? "/" : "").append(segments[i].literal());
      }
    } else {
      // the literal run before the first wildcard, up to its last '/'
      int lastSlash = -1;
      for (int i = 0; i < tokens.length && tokens[i] >= 0; i++) {
        if (tokens[i] == '/') {
          lastSlash = i;
        }
      }
      for (int i = 0; i < lastSlash; i++) {
        b.appendCodePoint(tokens[i]);
      }
    }
    return b.length() == 0 ? Optional.empty() : Optional.of(b.toString());
  }

  /**
   * A literal segment some segment of every matching path equals ({@code .env} for {@code **}{@code
   * /.env}).
   */
  Optional<String> literalSegment() {
    if (segments != null) {
      for (Segment s : segments) {
        if (s.isLiteral() && !s.literal().isEmpty()) {
          return Optional.of(s.literal());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * An extension (from the last dot, which is followed by literal characters only) some segment of
   * every matching path ends with: {@code .pem} for {@code *.pem}, {@code .gz} for {@code
   * *.tar.gz}.
   */
  Optional<String> extension() {
    if (segments != null) {
      for (Segment s : segments) {
        Optional<String> x = s.extension();
        if (x.isPresent()) {
          return x;
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return text;
  }
}
