package dev.trellis.core.glob;

import com.google.re2j.Pattern;

/**
 * The oracle: the glob semantics as they were defined before the hand-written matcher, by
 * translation to an RE2/J regular expression (kept here, verbatim in behaviour, so that the new
 * matcher is checked against it on generated globs and paths).
 */
final class RegexGlob {
  private RegexGlob() {}

  static Pattern compile(String glob) {
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
    return Pattern.compile(re.toString(), Pattern.DOTALL);
  }
}
