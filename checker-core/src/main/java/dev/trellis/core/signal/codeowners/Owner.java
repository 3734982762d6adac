package dev.trellis.core.signal.codeowners;

import java.util.Locale;

/**
 * One owner token as written on a CODEOWNERS line.
 *
 * @param text the token, for example {@code @org/team}
 * @param column 1-based column of its first character
 * @param kind what the token is in the file's dialect
 */
public record Owner(String text, int column, Kind kind) {

  /** What an owner token refers to. */
  public enum Kind {
    /** {@code @name}: a user (on GitLab also a group). */
    NAME,
    /** {@code @org/team} on GitHub, {@code @group/subgroup/...} on GitLab. */
    GROUP,
    /** An email address. */
    EMAIL,
    /** GitLab {@code @@developer}, {@code @@maintainer}, {@code @@owner} (or plural). */
    ROLE,
    /** Anything else: an error on GitHub, ignored on GitLab. */
    MALFORMED
  }

  private static final java.util.Set<String> ROLES =
      java.util.Set.of("developer", "developers", "maintainer", "maintainers", "owner", "owners");

  /** Classifies {@code text} for {@code dialect}. */
  public static Owner of(String text, int column, Dialect dialect) {
    return new Owner(text, column, classify(text, dialect));
  }

  // Hand-written rather than regular expressions: a 5,000-line file classifies its owners in
  // well under a millisecond even before the JIT has compiled anything.
  static Kind classify(String t, Dialect dialect) {
    if (t.startsWith("@")) {
      if (dialect == Dialect.GITHUB) {
        int slash = t.indexOf('/');
        if (slash < 0) {
          return name(t, 1, t.length(), false) ? Kind.NAME : Kind.MALFORMED;
        }
        return name(t, 1, slash, false) && name(t, slash + 1, t.length(), true)
            ? Kind.GROUP
            : Kind.MALFORMED;
      }
      if (t.startsWith("@@")) {
        return ROLES.contains(t.substring(2).toLowerCase(Locale.ROOT)) ? Kind.ROLE : Kind.MALFORMED;
      }
      int from = 1;
      int segments = 0;
      while (true) {
        int slash = t.indexOf('/', from);
        int to = slash < 0 ? t.length() : slash;
        if (!name(t, from, to, true)) {
          return Kind.MALFORMED;
        }
        segments++;
        if (slash < 0) {
          return segments == 1 ? Kind.NAME : Kind.GROUP;
        }
        from = slash + 1;
      }
    }
    return email(t) ? Kind.EMAIL : Kind.MALFORMED;
  }

  /** A name of letters, digits, {@code -} and {@code _} (and {@code .} when allowed). */
  private static boolean name(String t, int from, int to, boolean dots) {
    if (to <= from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || (c == '-' && i > from)
              || (c == '.' && dots);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** {@code local@domain.tld}: one {@code @}, a dot inside the domain, no whitespace. */
  private static boolean email(String t) {
    int at = t.indexOf('@');
    if (at <= 0 || t.indexOf('@', at + 1) >= 0) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (Character.isWhitespace(t.charAt(i))) {
        return false;
      }
    }
    int dot = t.indexOf('.', at + 2);
    return dot > 0 && dot < t.length() - 1;
  }

  /** Whether the platform accepts the token as an owner. */
  public boolean valid() {
    return kind != Kind.MALFORMED;
  }

  /** The text lower-cased, for comparisons (GitHub and GitLab names are case-insensitive). */
  public String normalized() {
    return text.toLowerCase(Locale.ROOT);
  }
}
