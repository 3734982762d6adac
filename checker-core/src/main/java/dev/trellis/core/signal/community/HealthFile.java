package dev.trellis.core.signal.community;

import java.util.List;

/**
 * The community health files GitHub looks for, with the folders it reads them from in its order of
 * preference. Names match case-insensitively, with or without an extension.
 */
public enum HealthFile {
  README("README", "readme", List.of(".github/", "", "docs/")),
  CONTRIBUTING("CONTRIBUTING", "contributing", List.of(".github/", "", "docs/")),
  CODE_OF_CONDUCT("CODE_OF_CONDUCT", "code-of-conduct", List.of(".github/", "", "docs/")),
  SECURITY("SECURITY", "security-policy", List.of(".github/", "", "docs/")),
  SUPPORT("SUPPORT", "support", List.of(".github/", "", "docs/")),
  GOVERNANCE("GOVERNANCE", "governance", List.of(".github/", "", "docs/"));

  /** Extensions GitHub renders (and none). */
  static final List<String> EXTENSIONS =
      List.of(
          "",
          ".md",
          ".markdown",
          ".mdown",
          ".mkdn",
          ".mkd",
          ".txt",
          ".rst",
          ".adoc",
          ".asciidoc",
          ".org",
          ".textile",
          ".rdoc",
          ".html");

  private final String baseName;
  private final String id;
  private final List<String> folders;

  HealthFile(String baseName, String id, List<String> folders) {
    this.baseName = baseName;
    this.id = id;
    this.folders = folders;
  }

  /** The upper-case name GitHub documents ({@code CODE_OF_CONDUCT}). */
  public String baseName() {
    return baseName;
  }

  /** The lower-kebab id used in rule ids and options ({@code code-of-conduct}). */
  public String id() {
    return id;
  }

  /** The folders GitHub reads, in its order of preference ({@code ""} is the root). */
  public List<String> folders() {
    return folders;
  }

  /** The folders as people write them: {@code .github/, the root, docs/}. */
  public String foldersInWords() {
    return String.join(", ", folders.stream().map(f -> f.isEmpty() ? "the root" : f).toList());
  }

  /** Whether {@code fileName} (no folder) is this file in any case, with an accepted extension. */
  boolean matches(String fileName) {
    if (fileName.length() < baseName.length()
        || !fileName.regionMatches(true, 0, baseName, 0, baseName.length())) {
      return false;
    }
    String ext = fileName.substring(baseName.length()).toLowerCase(java.util.Locale.ROOT);
    return EXTENSIONS.contains(ext);
  }
}
