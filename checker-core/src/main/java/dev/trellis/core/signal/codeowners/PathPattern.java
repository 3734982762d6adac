package dev.trellis.core.signal.codeowners;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One CODEOWNERS pattern compiled for its dialect, matched segment by segment against
 * repository-relative file paths. Our own matcher on purpose: gitignore libraries get GitHub's
 * exceptions wrong ({@code docs/*} is not recursive on GitHub) and GitLab is not gitignore at all.
 *
 * <p><b>GitHub</b> (gitignore rules with GitHub's documented exceptions): a leading {@code /} or a
 * slash in the middle anchors the pattern at the root, otherwise it matches at any depth; a pattern
 * that matches a directory owns every file below it; a trailing {@code /} matches directories only;
 * a trailing {@code /**} owns everything inside; a last segment that is a lone {@code *} matches
 * files only, so {@code docs/*} and {@code /*} own direct children only (the {@code /*} case is
 * undocumented and we assume it, as the GitHub-aware libraries do). Character classes, {@code !}
 * and {@code ***} are invalid on GitHub and are rejected by the parser before they get here.
 *
 * <p><b>GitLab</b> (Ruby {@code File.fnmatch?} with {@code FNM_DOTMATCH | FNM_PATHNAME} after
 * GitLab's normalisation): {@code *} alone becomes {@code /**}{@code /*}; a leading {@code \#}
 * becomes {@code #}; a pattern without a leading {@code /} gets {@code /**}{@code /}; a trailing
 * {@code /} gets {@code **}{@code /*}. Only file paths match, never their directories; a {@code **}
 * that is not followed by {@code /} acts like {@code *} (so {@code /docs/**} owns direct children
 * only, as Ruby's fnmatch does; the docs do not say so); {@code ?} and {@code [...]} classes work.
 *
 * <p>In both, {@code *} and {@code ?} never cross {@code /} but match a leading dot, and matching
 * is case sensitive. Cost: linear in the path's segments for patterns without {@code **}.
 */
public final class PathPattern {
  private static final int LITERAL = 0;
  private static final int GLOB = 1;
  private static final int ANY_DIRS = 2;

  private final Dialect dialect;
  private final String text;
  private final int[] kinds;
  private final String[] literals;
  private final SegmentGlob[] globs;
  private final boolean dirOnly;
  private final boolean filesOnly;
  private final boolean matchAll;
  private final boolean never;
  private final String canonical;

  private PathPattern(
      Dialect dialect,
      String text,
      List<String> segments,
      boolean dirOnly,
      boolean filesOnly,
      boolean matchAll,
      boolean never,
      String canonical) {
    this.canonical = canonical;
    this.dialect = dialect;
    this.text = text;
    int n = segments.size();
    this.kinds = new int[n];
    this.literals = new String[n];
    this.globs = new SegmentGlob[n];
    boolean classes = dialect == Dialect.GITLAB;
    for (int i = 0; i < n; i++) {
      String s = segments.get(i);
      if (s.equals("**") && (dialect == Dialect.GITHUB || i < n - 1)) {
        kinds[i] = ANY_DIRS;
      } else if (s.equals("**")) {
        // fnmatch: a "**" not followed by "/" is a plain "*"
        kinds[i] = GLOB;
        globs[i] = SegmentGlob.compile("*", classes);
      } else {
        SegmentGlob g = SegmentGlob.compile(s, classes);
        if (g.isLiteral()) {
          kinds[i] = LITERAL;
          literals[i] = g.literal();
        } else {
          kinds[i] = GLOB;
          globs[i] = g;
        }
      }
    }
    this.dirOnly = dirOnly;
    this.filesOnly = filesOnly;
    this.matchAll = matchAll;
    this.never = never;
  }

  /**
   * Compiles a pattern as written in the file (escapes intact, without GitLab's exclusion {@code
   * !}). GitHub patterns must have passed the parser's validity checks.
   */
  public static PathPattern compile(Dialect dialect, String text) {
    return dialect == Dialect.GITHUB ? github(text) : gitlab(text);
  }

  private static PathPattern github(String text) {
    String t = text;
    boolean dirOnly = false;
    while (t.endsWith("/") && !t.endsWith("\\/")) {
      t = t.substring(0, t.length() - 1);
      dirOnly = true;
    }
    if (t.isEmpty()) {
      return new PathPattern(Dialect.GITHUB, text, List.of(), false, false, false, true, "");
    }
    boolean anchored = t.contains("/");
    List<String> segs = new ArrayList<>();
    for (String s : t.split("/")) {
      if (!s.isEmpty()) {
        segs.add(s);
      }
    }
    boolean slashOnly = dirOnly;
    if (!segs.isEmpty() && segs.get(segs.size() - 1).equals("**")) {
      // "dir/**" owns everything inside dir, which is what the directory "dir/" owns
      segs.remove(segs.size() - 1);
      dirOnly = true;
    }
    if (segs.isEmpty()) {
      // "**" owns every file; "**/" every file inside a directory
      return new PathPattern(
          Dialect.GITHUB, text, List.of(), slashOnly, false, true, false, slashOnly ? "**/" : "**");
    }
    if (!anchored && !segs.get(0).equals("**")) {
      segs.add(0, "**");
    }
    boolean filesOnly = !dirOnly && segs.get(segs.size() - 1).equals("*");
    return new PathPattern(
        Dialect.GITHUB,
        text,
        segs,
        dirOnly,
        filesOnly,
        false,
        false,
        String.join("/", segs) + (dirOnly ? "/" : ""));
  }

  private static PathPattern gitlab(String text) {
    String p = text;
    if (p.equals("*")) {
      p = "/**/*";
    }
    if (p.startsWith("\\#")) {
      p = p.substring(1);
    }
    p = unescapeWhitespace(p);
    if (!p.startsWith("/")) {
      p = "/**/" + p;
    }
    if (p.endsWith("/")) {
      p = p + "**/*";
    }
    List<String> segs = new ArrayList<>(List.of(p.substring(1).split("/", -1)));
    return new PathPattern(Dialect.GITLAB, text, segs, false, true, false, false, p);
  }

  private static String unescapeWhitespace(String p) {
    if (p.indexOf('\\') < 0) {
      return p;
    }
    StringBuilder b = new StringBuilder(p.length());
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\' && i + 1 < p.length() && Character.isWhitespace(p.charAt(i + 1))) {
        b.append(' ');
        i++;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The pattern as written. */
  public String text() {
    return text;
  }

  public Dialect dialect() {
    return dialect;
  }

  /**
   * A form in which two patterns that match the same paths the same way are equal: GitHub's
   * anchored segments ({@code /a/b} and {@code a/b} agree, {@code **}{@code /x} and {@code x} too),
   * GitLab's normalised fnmatch pattern ({@code docs/} and {@code /**}{@code /docs/} agree).
   */
  public String canonical() {
    return canonical;
  }

  /** Whether the pattern can never match ({@code /} on GitHub). */
  public boolean matchesNothing() {
    return never;
  }

  /** Whether {@code path} (repository-relative, {@code /}-separated) is owned by this pattern. */
  public boolean matches(String path) {
    String[] segs = path.split("/");
    return matches(segs, segs.length);
  }

  /** Whether the file whose path has the segments {@code segs[0..n)} is owned by this pattern. */
  public boolean matches(String[] segs, int n) {
    if (never || n == 0) {
      return false;
    }
    if (matchAll) {
      return !dirOnly || n > 1;
    }
    return match(segs, n, 0, 0);
  }

  private boolean match(String[] segs, int n, int pi, int si) {
    if (pi == kinds.length) {
      if (si == n) {
        return !dirOnly;
      }
      return si > 0 && !filesOnly;
    }
    int kind = kinds[pi];
    if (kind == ANY_DIRS) {
      for (int j = si; j <= n; j++) {
        if (match(segs, n, pi + 1, j)) {
          return true;
        }
      }
      return false;
    }
    if (si >= n) {
      return false;
    }
    boolean ok = kind == LITERAL ? literals[pi].equals(segs[si]) : globs[pi].matches(segs[si]);
    return ok && match(segs, n, pi + 1, si + 1);
  }

  /**
   * The literal leading segments of an anchored pattern ({@code src/app} for {@code
   * /src/app/*.js}), empty when the pattern starts with a wildcard or floats.
   */
  List<String> literalPrefix() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < kinds.length && kinds[i] == LITERAL; i++) {
      out.add(literals[i]);
    }
    return out;
  }

  /** For {@code **}{@code /name/...}: the literal segment that some path segment must equal. */
  Optional<String> floatingLiteral() {
    if (kinds.length >= 2 && kinds[0] == ANY_DIRS && kinds[1] == LITERAL) {
      return Optional.of(literals[1]);
    }
    return Optional.empty();
  }

  /**
   * For {@code **}{@code /*.ext...}: the extension (from the last dot of the segment's literal
   * tail) that some path segment must end with.
   */
  Optional<String> floatingExtension() {
    if (kinds.length >= 2 && kinds[0] == ANY_DIRS && kinds[1] == GLOB) {
      return globs[1].literalExtension();
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return dialect.id() + ":" + text;
  }

  /** A glob over one path segment: {@code *}, {@code ?}, classes (GitLab) and escapes. */
  static final class SegmentGlob {
    private static final byte LIT = 0;
    private static final byte ONE = 1;
    private static final byte STAR = 2;
    private static final byte CLASS = 3;

    private final byte[] types;
    private final char[] chars;
    private final CharClass[] classes;

    private SegmentGlob(byte[] types, char[] chars, CharClass[] classes) {
      this.types = types;
      this.chars = chars;
      this.classes = classes;
    }

    static SegmentGlob compile(String s, boolean allowClasses) {
      List<Byte> types = new ArrayList<>();
      StringBuilder chars = new StringBuilder();
      List<CharClass> classes = new ArrayList<>();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\\' && i + 1 < s.length()) {
          add(types, chars, classes, LIT, s.charAt(++i), null);
        } else if (c == '*') {
          if (types.isEmpty() || types.get(types.size() - 1) != STAR) {
            add(types, chars, classes, STAR, '*', null);
          }
        } else if (c == '?') {
          add(types, chars, classes, ONE, '?', null);
        } else if (c == '[' && allowClasses) {
          int[] end = new int[1];
          CharClass cls = CharClass.parse(s, i, end);
          if (cls == null) {
            add(types, chars, classes, LIT, c, null);
          } else {
            add(types, chars, classes, CLASS, '[', cls);
            i = end[0];
          }
        } else {
          add(types, chars, classes, LIT, c, null);
        }
      }
      byte[] t = new byte[types.size()];
      for (int i = 0; i < t.length; i++) {
        t[i] = types.get(i);
      }
      return new SegmentGlob(t, chars.toString().toCharArray(), classes.toArray(CharClass[]::new));
    }

    private static void add(
        List<Byte> types,
        StringBuilder chars,
        List<CharClass> classes,
        byte type,
        char c,
        CharClass cls) {
      types.add(type);
      chars.append(c);
      classes.add(cls);
    }

    boolean isLiteral() {
      for (byte t : types) {
        if (t != LIT) {
          return false;
        }
      }
      return true;
    }

    String literal() {
      return new String(chars);
    }

    Optional<String> literalExtension() {
      int i = types.length;
      while (i > 0 && types[i - 1] == LIT) {
        i--;
      }
      String tail = new String(chars, i, chars.length - i);
      int dot = tail.lastIndexOf('.');
      return dot < 0 ? Optional.empty() : Optional.of(tail.substring(dot));
    }

    boolean matches(String s) {
      int m = types.length;
      int n = s.length();
      int p = 0;
      int i = 0;
      int starP = -1;
      int starI = -1;
      while (i < n) {
        if (p < m && types[p] == STAR) {
          starP = p++;
          starI = i;
        } else if (p < m && one(p, s.charAt(i))) {
          p++;
          i++;
        } else if (starP >= 0) {
          p = starP + 1;
          i = ++starI;
        } else {
          return false;
        }
      }
      while (p < m && types[p] == STAR) {
        p++;
      }
      return p == m;
    }

    private boolean one(int p, char c) {
      return switch (types[p]) {
        case LIT -> chars[p] == c;
        case ONE -> true;
        case CLASS -> classes[p].matches(c);
        default -> false;
      };
    }
  }

  /** A bracket expression: {@code [abc]}, {@code [a-z]}, {@code [!0-9]} or {@code [^0-9]}. */
  static final class CharClass {
    private final boolean negated;
    private final char[] from;
    private final char[] to;

    private CharClass(boolean negated, char[] from, char[] to) {
      this.negated = negated;
      this.from = from;
      this.to = to;
    }

    /** Parses a class starting at {@code s[start] == '['}; null when it is not closed. */
    static CharClass parse(String s, int start, int[] end) {
      int i = start + 1;
      boolean negated = false;
      if (i < s.length() && (s.charAt(i) == '!' || s.charAt(i) == '^')) {
        negated = true;
        i++;
      }
      StringBuilder from = new StringBuilder();
      StringBuilder to = new StringBuilder();
      boolean first = true;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == ']' && !first) {
          end[0] = i;
          return new CharClass(negated, from.toString().toCharArray(), to.toString().toCharArray());
        }
        first = false;
        if (c == '\\' && i + 1 < s.length()) {
          c = s.charAt(++i);
        }
        char hi = c;
        if (i + 2 < s.length() && s.charAt(i + 1) == '-' && s.charAt(i + 2) != ']') {
          hi = s.charAt(i + 2);
          if (hi == '\\' && i + 3 < s.length()) {
            hi = s.charAt(i + 3);
            i++;
          }
          i += 2;
        }
        from.append(c);
        to.append(hi);
        i++;
      }
      return null;
    }

    boolean matches(char c) {
      boolean in = false;
      for (int k = 0; k < from.length; k++) {
        if (c >= from[k] && c <= to[k]) {
          in = true;
          break;
        }
      }
      return in != negated;
    }
  }
}
