package dev.trellis.maven;

import dev.trellis.core.repo.BuildModule;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * What the mojos need to know about the reactor: which project runs the repository-level check,
 * where the repository's root is, and which modules (with source roots) it holds. Stateless.
 */
final class Reactor {
  private Reactor() {}

  /**
   * The one project of this build that runs the check: the session's top-level project (the
   * execution root, or the first project of the reactor when the execution root is not part of it,
   * as with {@code -pl}) when it declares the plugin or when no project does (the goal was called
   * from the command line); otherwise the first project, in reactor order, that declares it.
   */
  static MavenProject runner(MavenSession session, String pluginKey) {
    MavenProject top = session.getTopLevelProject();
    if (top == null || declares(top, pluginKey)) {
      return top == null ? session.getCurrentProject() : top;
    }
    return session.getProjects().stream()
        .filter(p -> declares(p, pluginKey))
        .findFirst()
        .orElse(top);
  }

  private static boolean declares(MavenProject project, String pluginKey) {
    return project.getBuildPlugins().stream().anyMatch(p -> p.getKey().equals(pluginKey));
  }

  /**
   * The repository the build lives in: the nearest directory at or above {@code start} that holds
   * {@code .git} (a directory, or a file for worktrees and submodules). A source tree without
   * {@code .git} (a downloaded source archive) starts at the outermost of {@code buildRoots} that
   * holds {@code start}, so {@code -pl module} or a build started in a module still checks the
   * whole tree under its {@code trellis.yml}; {@code start} itself when none does.
   */
  static Path repositoryRoot(Path start, List<Path> buildRoots) {
    Path abs = start.toAbsolutePath().normalize();
    for (Path dir = abs; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return dir;
      }
    }
    return buildRoots.stream()
        .map(r -> r.toAbsolutePath().normalize())
        .filter(abs::startsWith)
        .min(Comparator.comparingInt(Path::getNameCount))
        .orElse(abs);
  }

  /**
   * Where this build's source tree may start: the directory Maven was run for ({@code -f} or the
   * current one) and the directories of {@code project}'s parent POMs on disk. (Not the {@code
   * .mvn/} directory Maven looks for: without one, Maven may find an unrelated one further up.)
   */
  static List<Path> buildRoots(MavenSession session, MavenProject project) {
    List<Path> roots = new ArrayList<>();
    Optional.ofNullable(session.getExecutionRootDirectory()).map(Path::of).ifPresent(roots::add);
    roots.addAll(parentDirectories(project));
    return roots;
  }

  /**
   * The directories of {@code project}'s parent POMs on disk at or above it, nearest first; the
   * climb stops at a parent from a repository or beside the project, which is not part of its tree.
   */
  static List<Path> parentDirectories(MavenProject project) {
    List<Path> dirs = new ArrayList<>();
    for (MavenProject p = project; p != null; p = p.getParent()) {
      File parentPom = p.getParentFile();
      Path dir =
          parentPom == null ? null : parentPom.toPath().toAbsolutePath().normalize().getParent();
      if (dir == null || !p.getBasedir().toPath().toAbsolutePath().normalize().startsWith(dir)) {
        break;
      }
      dirs.add(dir);
    }
    return dirs;
  }

  /**
   * The reactor's modules inside {@code root}, sorted by path, with their source roots and build
   * directories.
   */
  static List<BuildModule> modules(MavenSession session, Path root) {
    List<BuildModule> modules = new ArrayList<>();
    for (MavenProject p : session.getProjects()) {
      Optional<String> path = relative(root, p.getBasedir().toPath());
      if (path.isEmpty()) {
        continue;
      }
      List<String> sources =
          Stream.concat(p.getCompileSourceRoots().stream(), p.getTestCompileSourceRoots().stream())
              .map(s -> relative(root, Path.of(s)))
              .flatMap(Optional::stream)
              .distinct()
              .toList();
      List<String> outputs =
          Optional.ofNullable(p.getBuild())
              .map(b -> b.getDirectory())
              .flatMap(d -> relative(root, Path.of(d)))
              .filter(d -> !d.isEmpty())
              .stream()
              .toList();
      modules.add(
          new BuildModule(path.get(), p.getGroupId() + ":" + p.getArtifactId(), sources, outputs));
    }
    modules.sort(Comparator.comparing(BuildModule::path));
    return modules;
  }

  private static Optional<String> relative(Path root, Path path) {
    Path abs = path.toAbsolutePath().normalize();
    if (!abs.startsWith(root)) {
      return Optional.empty();
    }
    return Optional.of(root.relativize(abs).toString().replace('\\', '/'));
  }
}
