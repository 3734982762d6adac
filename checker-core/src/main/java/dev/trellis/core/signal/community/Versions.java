package dev.trellis.core.signal.community;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Release versions as changelogs and tags write them: one leading {@code v} dropped, numeric
 * segments compared as numbers, a pre-release before its release, missing segments as zero ({@code
 * 1.2} equals {@code 1.2.0}).
 */
public final class Versions {
  private static final Pattern TAG =
      Pattern.compile("^[vV]?(\\d+(?:\\.\\d+)+)((?:-[0-9A-Za-z.-]+)?)(?:\\+[0-9A-Za-z.-]+)?$");

  private Versions() {}

  /** The version of a release tag ({@code v1.2.0} gives {@code 1.2.0}), or empty. */
  public static Optional<String> ofTag(String tag) {
    Matcher m = TAG.matcher(tag);
    return m.matches() ? Optional.of(m.group(1) + m.group(2)) : Optional.empty();
  }

  /** Whether the version has a pre-release part ({@code 1.2.0-rc.1}). */
  public static boolean isPrerelease(String version) {
    return version.contains("-");
  }

  /** Orders versions, lowest first. */
  public static final Comparator<String> ORDER = Versions::compare;

  /** Whether two versions name the same release ({@code 1.2} and {@code 1.2.0}). */
  public static boolean same(String a, String b) {
    return compare(a, b) == 0;
  }

  static int compare(String a, String b) {
    String[] pa = split(a);
    String[] pb = split(b);
    String[] na = pa[0].split("\\.");
    String[] nb = pb[0].split("\\.");
    for (int i = 0; i < Math.max(na.length, nb.length); i++) {
      long x = i < na.length ? parse(na[i]) : 0;
      long y = i < nb.length ? parse(nb[i]) : 0;
      if (x != y) {
        return Long.compare(x, y);
      }
    }
    if (pa[1].isEmpty() != pb[1].isEmpty()) {
      return pa[1].isEmpty() ? 1 : -1;
    }
    return pa[1].compareTo(pb[1]);
  }

  private static String[] split(String v) {
    String s = v.startsWith("v") || v.startsWith("V") ? v.substring(1) : v;
    int plus = s.indexOf('+');
    if (plus >= 0) {
      s = s.substring(0, plus);
    }
    int dash = s.indexOf('-');
    return dash < 0
        ? new String[] {s, ""}
        : new String[] {s.substring(0, dash), s.substring(dash + 1)};
  }

  private static long parse(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
