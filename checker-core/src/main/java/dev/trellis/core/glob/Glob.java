package dev.trellis.core.glob;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * A path glob as policies write them ({@code docs/**}, {@code **}{@code /*.pem}, {@code *.md}):
 * {@code **} crosses directories, {@code *} and {@code ?} do not, a pattern without {@code /}
 * matches the file name at any depth, and a pattern naming a directory matches everything below it.
 * Compiled once to an RE2/J automaton: linear-time matching.
 *
 * <p>Example: {@code Glob.of("legacy/**").matches("legacy/a/b.java") == true}
 */
public final class Glob {
  private final String text;
  private final String regex;
  private final Pattern pattern;

  private Glob(String text, String regex) {
    this.text = text;
    this.regex = regex;
    this.pattern = Pattern.compile(regex, Pattern.DOTALL);
  }

  public static Glob of(String glob) {
    String g = glob.strip();
    boolean anchored =
        g.startsWith("/") || g.substring(0, Math.max(0, g.length() - 1)).contains("/");
    while (g.startsWith("/")) {
      g = g.substring(1);
    }
    if (g.endsWith("/")) {
      g = g + "**";
    }
    StringBuilder re = new StringBuilder();
    if (!anchored) {
      re.append("(?:.*/)?");
    }
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      if (c == '*') {
        if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
          boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
          if (slashAfter) {
            re.append("(?:.*/)?");
            i += 2;
          } else {
            re.append(".*");
            i += 1;
          }
        } else {
          re.append("[^/]*");
        }
      } else if (c == '?') {
        re.append("[^/]");
      } else if (c == '\\' && i + 1 < g.length()) {
        re.append(Pattern.quote(String.valueOf(g.charAt(++i))));
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    // A glob that names a directory covers everything below it.
    re.append("(?:/.*)?");
    return new Glob(glob, re.toString());
  }

  public boolean matches(String path) {
    return pattern.matches(path);
  }

  /** True when any of {@code globs} matches {@code path}. */
  public static boolean anyMatches(List<Glob> globs, String path) {
    for (Glob g : globs) {
      if (g.matches(path)) {
        return true;
      }
    }
    return false;
  }

  public static List<Glob> all(List<String> globs) {
    return globs.stream().map(Glob::of).toList();
  }

  /** The RE2 regular expression this glob compiles to, for {@link GlobSet}. */
  String regex() {
    return regex;
  }

  @Override
  public String toString() {
    return text;
  }
}
