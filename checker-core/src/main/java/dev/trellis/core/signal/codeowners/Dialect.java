package dev.trellis.core.signal.codeowners;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The platform whose CODEOWNERS rules apply: where the file is read from and what it means. */
public enum Dialect {
  /** GitHub: gitignore-like patterns, the last matching line wins, invalid lines are skipped. */
  GITHUB("GitHub", List.of(".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS")),
  /** GitLab: fnmatch patterns, sections whose owners add up, malformed owners ignored. */
  GITLAB("GitLab", List.of("CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS"));

  private final String displayName;
  private final List<String> locations;

  Dialect(String displayName, List<String> locations) {
    this.displayName = displayName;
    this.locations = locations;
  }

  /** {@code GitHub} or {@code GitLab}. */
  public String displayName() {
    return displayName;
  }

  /** The places the platform looks for the file, in its order; the first one found is used. */
  public List<String> locations() {
    return locations;
  }

  /** The id used in policies: {@code github} or {@code gitlab}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The dialect named {@code github} or {@code gitlab} (any case). */
  public static Optional<Dialect> byId(String id) {
    for (Dialect d : values()) {
      if (d.id().equalsIgnoreCase(id.strip())) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** How the dialect of a repository was chosen, for messages. */
  public enum Source {
    /** The policy says so ({@code codeowners: { dialect: gitlab }}). */
    POLICY,
    /** Only one platform reads the file's location ({@code .github/} or {@code .gitlab/}). */
    LOCATION,
    /** The file uses syntax only GitLab has (sections, {@code @@role} owners). */
    SYNTAX,
    /** Nothing tells, so GitHub, the more common platform, is assumed. */
    DEFAULT
  }
}
