package dev.trellis.core.repo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Well-known folders found in any case, as the signals read them: {@code .GitHub/} and {@code
 * Docs/} count as {@code .github/} and {@code docs/}. A folder matches when its path, lower-cased
 * with {@link Locale#ROOT}, equals the one asked for, so several folders can match ({@code Docs/}
 * and {@code docs/}).
 *
 * <p>Example: {@code Folders.files(repo, ".github/issue_template/")} lists the files directly in
 * {@code .github/ISSUE_TEMPLATE/}.
 *
 * <p>Cost: one {@link Repo#list} per folder on the way down, O(entries × log n) each; never a pass
 * over the files.
 */
public final class Folders {
  private Folders() {}

  /**
   * The directories whose lower-cased path is {@code folder} (lower case, {@code ""} for the root,
   * a trailing {@code /} optional), each with a trailing {@code /} (the root as {@code ""}), in
   * path order.
   */
  /**
   * A repo-relative folder as people write it in a policy or a tool's config ({@code ./docs/adr/},
   * {@code docs\\adr}) in the form the repository model uses: {@code docs/adr}, {@code ""} for the
   * root.
   */
  public static String clean(String path) {
    String p = path.strip().replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.equals(".") ? "" : p;
  }

  /** The file name of a repo-relative {@code path} (after its last {@code /}), lower-cased. */
  public static String lowerName(String path) {
    return path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
  }

  public static List<String> named(Repo repo, String folder) {
    List<String> current = List.of("");
    for (String segment : segments(folder)) {
      List<String> next = new ArrayList<>();
      for (String dir : current) {
        for (String entry : repo.list(dir)) {
          if (entry.endsWith("/")
              && entry.substring(0, entry.length() - 1).toLowerCase(Locale.ROOT).equals(segment)) {
            next.add(dir + entry);
          }
        }
      }
      current = next;
    }
    return List.copyOf(current);
  }

  /**
   * The files directly in the directories {@link #named} {@code folder}, as repo-relative paths in
   * path order.
   */
  public static List<String> files(Repo repo, String folder) {
    List<String> out = new ArrayList<>();
    for (String dir : named(repo, folder)) {
      for (String entry : repo.list(dir)) {
        if (!entry.endsWith("/")) {
          out.add(dir + entry);
        }
      }
    }
    return List.copyOf(out);
  }

  private static List<String> segments(String folder) {
    List<String> out = new ArrayList<>();
    for (String s : folder.split("/")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
