package dev.trellis.core.declarative;

import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Literals of which every match of a valid RE2 pattern contains at least one, so that a text
 * without any of them is known to have no match before any regular expression runs ({@code
 * String.indexOf} is far faster than RE2/J, which only skips ahead quickly when a pattern starts
 * with a literal). One literal for a plain pattern; one per branch of a top-level {@code |} ({@code
 * TODO|FIXME}), and none at all when a branch has none.
 *
 * <p>Conservative by construction: it reads only the top-level concatenation of each top-level
 * branch, takes runs of plain and escaped characters ({@code a}, {@code \.}, {@code \Q...\E}), and
 * ends a run at everything else: groups, classes, {@code .}, anchors, {@code \d}-like escapes. A
 * character made optional ({@code *}, {@code ?}, {@code {0,n}}) leaves the run; one that may repeat
 * ({@code +}, {@code {2,}}) stays in it and ends it. After {@code (?i)} characters no longer count,
 * in the branches after it too (RE2 keeps flags across {@code |} up to the end of the group).
 * Whatever it does not understand yields no literal. In each branch the longest run wins. Linear in
 * the length of the pattern.
 */
final class RequiredLiteral {
  private static final int NONE = -1;
  private static final int OTHER = -2;
  private static final java.util.regex.Pattern REPEAT =
      java.util.regex.Pattern.compile("\\{(\\d+)(,\\d*)?}");

  private final String p;
  private int i;
  private int pending = NONE;
  private boolean caseFolded;
  private final StringBuilder run = new StringBuilder();
  private String longest = "";
  private final java.util.List<String> branches = new java.util.ArrayList<>();

  private RequiredLiteral(String pattern) {
    this.p = pattern;
  }

  /**
   * Literals of which every match of {@code pattern} contains one (one per top-level branch), empty
   * when none is known. {@code pattern} must be valid for RE2/J (compile it first).
   */
  static java.util.List<String> anyOf(String pattern) {
    try {
      return new RequiredLiteral(pattern).scan();
    } catch (Unsupported e) {
      return java.util.List.of();
    }
  }

  /** The literal every match contains, when the pattern has a single branch with one. */
  static Optional<String> of(String pattern) {
    java.util.List<String> any = anyOf(pattern);
    return any.size() == 1 ? Optional.of(any.get(0)) : Optional.empty();
  }

  private java.util.List<String> scan() {
    while (i < p.length()) {
      int c = p.codePointAt(i);
      switch (c) {
        case ')' -> throw new Unsupported();
        case '|' -> {
          i++;
          endBranch();
        }
        case '(' -> group();
        case '[' -> {
          i = classEnd(i) + 1;
          atom(OTHER);
        }
        case '\\' -> escape();
        case '.', '^', '$' -> {
          i++;
          atom(OTHER);
        }
        case '*', '?' -> {
          i++;
          repeat(0);
        }
        case '+' -> {
          i++;
          repeat(1);
        }
        case '{' -> {
          Matcher m = REPEAT.matcher(p).region(i, p.length());
          if (m.lookingAt()) {
            i = m.end();
            repeat(Integer.parseInt(m.group(1)) == 0 ? 0 : 1);
          } else {
            i++;
            atom('{');
          }
        }
        default -> {
          i += Character.charCount(c);
          atom(c);
        }
      }
    }
    endBranch();
    return java.util.List.copyOf(new java.util.LinkedHashSet<>(branches));
  }

  /** Closes a top-level branch: without a literal of its own, nothing can be claimed. */
  private void endBranch() {
    commit();
    endRun();
    if (longest.isEmpty()) {
      throw new Unsupported();
    }
    branches.add(longest);
    longest = "";
    pending = NONE; // a quantifier right after '|' has nothing to repeat (RE2 rejects it)
  }

  /** The next atom: the one before it is now complete. */
  private void atom(int c) {
    commit();
    pending = caseFolded && c >= 0 ? OTHER : c;
  }

  private void commit() {
    if (pending >= 0) {
      run.appendCodePoint(pending);
    } else if (pending == OTHER) {
      endRun();
    }
    pending = NONE;
  }

  /** A quantifier on the pending atom: optional when {@code min} is 0, else kept once. */
  private void repeat(int min) {
    if (pending == NONE) {
      throw new Unsupported();
    }
    if (i < p.length() && p.charAt(i) == '?') {
      i++; // non-greedy
    }
    if (min == 0) {
      pending = OTHER;
    } else {
      commit();
      endRun();
    }
    commit();
  }

  private void endRun() {
    if (run.length() > longest.length()) {
      longest = run.toString();
    }
    run.setLength(0);
  }

  /** A group is skipped as a whole; a flag group ({@code (?i)}) changes how later atoms count. */
  private void group() {
    int end = groupEnd(i);
    String inner = p.substring(i + 1, end);
    i = end + 1;
    if (inner.matches("\\?[imsU]*(-[imsU]*)?") && inner.length() > 1) {
      commit(); // a quantifier right after a flag group is not understood
      int minus = inner.indexOf('-');
      String on = minus < 0 ? inner : inner.substring(0, minus);
      if (on.indexOf('i') >= 0) {
        caseFolded = true;
      } else if (minus >= 0 && inner.indexOf('i', minus) >= 0) {
        caseFolded = false;
      }
    } else {
      atom(OTHER);
    }
  }

  private void escape() {
    if (i + 1 >= p.length()) {
      throw new Unsupported();
    }
    int c = p.codePointAt(i + 1);
    if (c == 'Q') {
      int end = p.indexOf("\\E", i + 2);
      String quoted = p.substring(i + 2, end < 0 ? p.length() : end);
      quoted.codePoints().forEach(this::atom);
      i = end < 0 ? p.length() : end + 2;
    } else if (c < 128 && !Character.isLetterOrDigit(c)) {
      i += 2;
      atom(c);
    } else if ("dDwWsSbBAzaftnrv".indexOf(c) >= 0) {
      i += 2;
      atom(OTHER);
    } else if (c == 'p' || c == 'P' || c == 'x') {
      i += 2;
      if (i < p.length() && p.charAt(i) == '{') {
        int close = p.indexOf('}', i);
        if (close < 0) {
          throw new Unsupported();
        }
        i = close + 1;
      } else if (c == 'x') {
        i += 2;
      } else if (i < p.length()) {
        i += Character.charCount(p.codePointAt(i));
      }
      atom(OTHER);
    } else if (c >= '0' && c <= '7') {
      i += 2;
      for (int k = 0; k < 2 && i < p.length() && p.charAt(i) >= '0' && p.charAt(i) <= '7'; k++) {
        i++;
      }
      atom(OTHER);
    } else {
      throw new Unsupported();
    }
  }

  /** The index of the {@code )} closing the group opened at {@code open}. */
  private int groupEnd(int open) {
    int depth = 0;
    int j = open;
    while (j < p.length()) {
      char c = p.charAt(j);
      if (c == '\\') {
        if (j + 1 < p.length() && p.charAt(j + 1) == 'Q') {
          int end = p.indexOf("\\E", j + 2);
          if (end < 0) {
            throw new Unsupported();
          }
          j = end + 2;
        } else {
          j += 2;
        }
      } else if (c == '[') {
        j = classEnd(j) + 1;
      } else {
        if (c == '(') {
          depth++;
        } else if (c == ')' && --depth == 0) {
          return j;
        }
        j++;
      }
    }
    throw new Unsupported();
  }

  /**
   * The index of the {@code ]} closing the class opened at {@code open}: a {@code ]} first in the
   * class is a member, and so is everything inside {@code [:alpha:]}.
   */
  private int classEnd(int open) {
    int j = open + 1;
    if (j < p.length() && p.charAt(j) == '^') {
      j++;
    }
    if (j < p.length() && p.charAt(j) == ']') {
      j++;
    }
    while (j < p.length()) {
      char c = p.charAt(j);
      if (c == '\\') {
        j += 2;
      } else if (c == '[' && j + 1 < p.length() && p.charAt(j + 1) == ':') {
        int close = p.indexOf(":]", j + 2);
        j = close < 0 ? j + 1 : close + 2;
      } else if (c == ']') {
        return j;
      } else {
        j++;
      }
    }
    throw new Unsupported();
  }

  /** A construct this reading does not follow: no literal is claimed. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }
}
