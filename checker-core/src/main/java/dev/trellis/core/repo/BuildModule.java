package dev.trellis.core.repo;

import java.util.List;
import java.util.Objects;

/**
 * One module of the repository's build, as the build tool sees it: where it lives and where its
 * sources are. The Maven plugin hands the reactor's modules to core; without it (the CLI), signals
 * find modules by convention.
 *
 * <p>Example: {@code new BuildModule("payments-api", "com.acme:payments-api",
 * List.of("payments-api/src/main/java"))}
 *
 * @param path the module's directory, repo-relative with {@code /}; {@code ""} for the root
 * @param name the build's name for it ({@code groupId:artifactId} for Maven)
 * @param sourceRoots source directories, repo-relative with {@code /}, main before test
 * @param outputDirectories where the build writes ({@code target} for Maven), repo-relative: build
 *     output is no standard's subject, so no rule sees it, even in a tree without a {@code
 *     .gitignore} that would hide it
 */
public record BuildModule(
    String path, String name, List<String> sourceRoots, List<String> outputDirectories) {
  public BuildModule {
    Objects.requireNonNull(path);
    Objects.requireNonNull(name);
    sourceRoots = List.copyOf(sourceRoots);
    outputDirectories = List.copyOf(outputDirectories);
  }

  /** A module whose build output the build tool did not say. */
  public BuildModule(String path, String name, List<String> sourceRoots) {
    this(path, name, sourceRoots, List.of());
  }
}
