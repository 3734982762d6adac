package dev.trellis.core.glob;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * Several globs compiled into one RE2/J automaton, so that selecting files costs one linear match
 * per file however many globs there are (never files x patterns). Which glob matched is asked only
 * for the files that matched at all.
 *
 * <p>Example: {@code GlobSet.of(List.of("**}{@code /.env", "*.pem")).select(repo.files())}
 */
public final class GlobSet {
  private final List<Glob> globs;
  private final Pattern any;

  private GlobSet(List<Glob> globs) {
    this.globs = List.copyOf(globs);
    StringBuilder re = new StringBuilder();
    for (Glob g : globs) {
      if (re.length() > 0) {
        re.append('|');
      }
      re.append("(?:").append(g.regex()).append(')');
    }
    this.any = Pattern.compile(re.length() == 0 ? "[^\\s\\S]" : re.toString(), Pattern.DOTALL);
  }

  public static GlobSet of(List<String> globs) {
    return new GlobSet(Glob.all(globs));
  }

  public List<Glob> globs() {
    return globs;
  }

  /** True when any glob matches {@code path}. */
  public boolean matches(String path) {
    return any.matches(path);
  }

  /** The paths any glob matches, in the given order. */
  public List<String> select(List<String> paths) {
    List<String> out = new ArrayList<>();
    for (String p : paths) {
      if (any.matches(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /** The first glob (in the order given) that matches {@code path}, if any. */
  public java.util.Optional<Glob> first(String path) {
    for (Glob g : globs) {
      if (g.matches(path)) {
        return java.util.Optional.of(g);
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * For each glob, whether it matches at least one of {@code selected} (which should be the output
   * of {@link #select}, so that this costs selected x globs, not files x globs).
   */
  public boolean[] used(List<String> selected) {
    boolean[] used = new boolean[globs.size()];
    for (String p : selected) {
      for (int i = 0; i < globs.size(); i++) {
        if (!used[i] && globs.get(i).matches(p)) {
          used[i] = true;
        }
      }
    }
    return used;
  }
}
