package dev.trellis.core.signal.community;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each community health file is, every copy, in the order GitHub prefers them: the first is
 * the one GitHub shows.
 */
public record CommunityFiles(Map<HealthFile, List<String>> found) {
  public CommunityFiles {
    Map<HealthFile, List<String>> copy = new EnumMap<>(HealthFile.class);
    for (HealthFile f : HealthFile.values()) {
      copy.put(f, List.copyOf(found.getOrDefault(f, List.of())));
    }
    found = java.util.Collections.unmodifiableMap(copy);
  }

  /** Every copy of {@code file}, GitHub's choice first. */
  public List<String> all(HealthFile file) {
    return found.get(file);
  }

  /** The copy GitHub uses. */
  public Optional<String> used(HealthFile file) {
    List<String> all = found.get(file);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Finds the files among {@code files} (repo-relative, sorted). Cost: one pass over the list. */
  static CommunityFiles find(List<String> files) {
    Map<HealthFile, List<String>> found = new EnumMap<>(HealthFile.class);
    for (HealthFile kind : HealthFile.values()) {
      found.put(kind, new java.util.ArrayList<>());
    }
    for (String path : files) {
      int slash = path.lastIndexOf('/');
      String folder = slash < 0 ? "" : path.substring(0, slash + 1);
      String name = path.substring(slash + 1);
      String lowerFolder = folder.toLowerCase(java.util.Locale.ROOT);
      for (HealthFile kind : HealthFile.values()) {
        if (kind.folders().contains(lowerFolder) && kind.matches(name)) {
          found.get(kind).add(path);
        }
      }
    }
    for (HealthFile kind : HealthFile.values()) {
      found
          .get(kind)
          .sort(
              java.util.Comparator.comparingInt(
                      (String p) ->
                          kind.folders()
                              .indexOf(
                                  p.contains("/")
                                      ? p.substring(0, p.lastIndexOf('/') + 1)
                                          .toLowerCase(java.util.Locale.ROOT)
                                      : ""))
                  .thenComparing(p -> p.toLowerCase(java.util.Locale.ROOT).endsWith(".md") ? 0 : 1)
                  .thenComparing(p -> p));
    }
    return new CommunityFiles(found);
  }
}
