package dev.trellis.core.signal.community;

import dev.trellis.core.repo.Folders;
import dev.trellis.core.repo.Repo;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

  /**
   * Finds the files in the folders GitHub reads, those folders in any case. Cost: one listing of
   * each folder; no pass over the files.
   */
  static CommunityFiles find(Repo repo) {
    Map<HealthFile, List<String>> found = new EnumMap<>(HealthFile.class);
    Set<String> folders = new LinkedHashSet<>();
    for (HealthFile kind : HealthFile.values()) {
      found.put(kind, new java.util.ArrayList<>());
      folders.addAll(kind.folders());
    }
    for (String folder : folders) {
      for (String path : Folders.files(repo, folder)) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        for (HealthFile kind : HealthFile.values()) {
          if (kind.folders().contains(folder) && kind.matches(name)) {
            found.get(kind).add(path);
          }
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
