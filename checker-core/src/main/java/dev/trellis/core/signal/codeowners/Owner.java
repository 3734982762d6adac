package dev.trellis.core.signal.codeowners;

import java.util.Locale;
import java.util.regex.Pattern;

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

  private static final Pattern EMAIL_RE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern GH_NAME = Pattern.compile("@[A-Za-z0-9][A-Za-z0-9_-]*");
  private static final Pattern GH_TEAM =
      Pattern.compile("@[A-Za-z0-9][A-Za-z0-9_-]*/[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final Pattern GL_NAME = Pattern.compile("@[A-Za-z0-9_.][A-Za-z0-9_.-]*");
  private static final Pattern GL_GROUP =
      Pattern.compile("@[A-Za-z0-9_.][A-Za-z0-9_.-]*(/[A-Za-z0-9_.][A-Za-z0-9_.-]*)+");
  private static final Pattern GL_ROLE =
      Pattern.compile("@@(developer|maintainer|owner)s?", Pattern.CASE_INSENSITIVE);

  /** Classifies {@code text} for {@code dialect}. */
  public static Owner of(String text, int column, Dialect dialect) {
    return new Owner(text, column, classify(text, dialect));
  }

  static Kind classify(String t, Dialect dialect) {
    if (dialect == Dialect.GITHUB) {
      if (GH_NAME.matcher(t).matches()) {
        return Kind.NAME;
      }
      if (GH_TEAM.matcher(t).matches()) {
        return Kind.GROUP;
      }
    } else {
      if (t.startsWith("@@")) {
        return GL_ROLE.matcher(t).matches() ? Kind.ROLE : Kind.MALFORMED;
      }
      if (GL_NAME.matcher(t).matches()) {
        return Kind.NAME;
      }
      if (GL_GROUP.matcher(t).matches()) {
        return Kind.GROUP;
      }
    }
    if (!t.startsWith("@") && EMAIL_RE.matcher(t).matches()) {
      return Kind.EMAIL;
    }
    return Kind.MALFORMED;
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
