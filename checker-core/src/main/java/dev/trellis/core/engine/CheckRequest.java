package dev.trellis.core.engine;

import dev.trellis.core.repo.BuildModule;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to check: one repository, at its work tree or a revision, under a policy.
 *
 * @param directory the repository root
 * @param config the policy file; empty for {@code trellis.yml} at the root (or the default
 *     baseline)
 * @param at a revision to read from git objects instead of the work tree
 * @param rulesLoader where rules and classpath baselines are found
 * @param today the date waivers are judged against
 * @param listener progress and messages for the person running it
 * @param modules the build's modules and source roots when a build tool knows them (the Maven
 *     plugin hands over its reactor); empty to let signals find them by convention
 * @param cacheDir where git baselines are cached; empty for the user's cache directory
 */
public record CheckRequest(
    Path directory,
    Optional<Path> config,
    Optional<String> at,
    ClassLoader rulesLoader,
    LocalDate today,
    EngineListener listener,
    List<BuildModule> modules,
    Optional<Path> cacheDir) {

  public CheckRequest {
    Objects.requireNonNull(directory);
    config = config == null ? Optional.empty() : config;
    at = at == null ? Optional.empty() : at;
    rulesLoader = rulesLoader == null ? CheckRequest.class.getClassLoader() : rulesLoader;
    today = today == null ? LocalDate.now() : today;
    listener = listener == null ? EngineListener.SILENT : listener;
    modules = modules == null ? List.of() : List.copyOf(modules);
    cacheDir = cacheDir == null ? Optional.empty() : cacheDir;
  }

  /** A request with build modules, caching git baselines in the user's cache directory. */
  public CheckRequest(
      Path directory,
      Optional<Path> config,
      Optional<String> at,
      ClassLoader rulesLoader,
      LocalDate today,
      EngineListener listener,
      List<BuildModule> modules) {
    this(directory, config, at, rulesLoader, today, listener, modules, Optional.empty());
  }

  /** A request without build modules (signals find them by convention). */
  public CheckRequest(
      Path directory,
      Optional<Path> config,
      Optional<String> at,
      ClassLoader rulesLoader,
      LocalDate today,
      EngineListener listener) {
    this(directory, config, at, rulesLoader, today, listener, List.of(), Optional.empty());
  }

  /** The work tree of {@code directory}, its own policy, today. */
  public static CheckRequest of(Path directory) {
    return new CheckRequest(directory, Optional.empty(), Optional.empty(), null, null, null);
  }

  public CheckRequest withConfig(Path file) {
    return new CheckRequest(
        directory, Optional.ofNullable(file), at, rulesLoader, today, listener, modules, cacheDir);
  }

  public CheckRequest withAt(String revision) {
    return new CheckRequest(
        directory,
        config,
        Optional.ofNullable(revision),
        rulesLoader,
        today,
        listener,
        modules,
        cacheDir);
  }

  public CheckRequest withRulesLoader(ClassLoader loader) {
    return new CheckRequest(directory, config, at, loader, today, listener, modules, cacheDir);
  }

  public CheckRequest withToday(LocalDate date) {
    return new CheckRequest(directory, config, at, rulesLoader, date, listener, modules, cacheDir);
  }

  public CheckRequest withListener(EngineListener l) {
    return new CheckRequest(directory, config, at, rulesLoader, today, l, modules, cacheDir);
  }

  public CheckRequest withModules(List<BuildModule> buildModules) {
    return new CheckRequest(
        directory, config, at, rulesLoader, today, listener, buildModules, cacheDir);
  }

  /** Caches git baselines in {@code dir} instead of the user's cache directory. */
  public CheckRequest withCacheDir(Path dir) {
    return new CheckRequest(
        directory, config, at, rulesLoader, today, listener, modules, Optional.ofNullable(dir));
  }
}
