package dev.trellis.maven;

import dev.trellis.core.engine.CheckRequest;
import dev.trellis.core.engine.CheckResult;
import dev.trellis.core.engine.Engine;
import dev.trellis.core.engine.EngineListener;
import dev.trellis.core.policy.ConfigException;
import dev.trellis.core.repo.RepoException;
import dev.trellis.core.report.Report;
import dev.trellis.core.report.ReportOptions;
import dev.trellis.core.report.Reports;
import dev.trellis.core.rule.Level;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Checks the repository against its Trellis policy and fails the build when a finding reaches
 * {@code trellis.failOn}.
 *
 * <p>Runs once per build: in a reactor of 20 modules, only the session's top-level project (the
 * execution root, or the first project when {@code -pl} leaves the root out) runs the check, if it
 * declares the plugin; otherwise the first project in reactor order that declares it. Every other
 * module logs that it leaves the check to that project. The repository is the nearest directory at
 * or above that project that holds {@code .git}; without one, the outermost of the directory Maven
 * runs in and the project's parent POMs on disk above it, unless {@code trellis.repository} says
 * otherwise. The reactor's modules and their source roots go to core.
 *
 * <p>Example: {@code mvn verify -Dtrellis.failOn=warn -Dtrellis.formats=text,sarif}
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {
  /** Skip the check. */
  @Parameter(property = "trellis.skip", defaultValue = "false")
  private boolean skip;

  /** The lowest level that fails the build: {@code error}, {@code warn} or {@code never}. */
  @Parameter(property = "trellis.failOn", defaultValue = "error")
  private String failOn;

  /** The policy file; default {@code trellis.yml} at the repository root. */
  @Parameter(property = "trellis.config")
  private File config;

  /**
   * {@code text} lists findings in the log; {@code sarif}, {@code html}, {@code markdown} write
   * files into {@code outputDirectory}. {@code report.json} is always written there.
   */
  @Parameter(property = "trellis.formats", defaultValue = "text")
  private List<String> formats;

  /** Check this revision, read from git objects, instead of the work tree. */
  @Parameter(property = "trellis.at")
  private String at;

  /** The repository root; default: found from the project that runs the check. */
  @Parameter(property = "trellis.repository")
  private File repository;

  /** Where report files go. */
  @Parameter(
      property = "trellis.outputDirectory",
      defaultValue = "${project.build.directory}/trellis")
  private File outputDirectory;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    if (skip) {
      getLog().info("Trellis: skipped (trellis.skip).");
      return;
    }
    Level threshold = FindingLog.failOn(failOn);
    List<Report> reports = ReportFiles.of(formats);
    MavenProject runner = Reactor.runner(session, plugin.getPluginLookupKey());
    if (!runner.getBasedir().equals(project.getBasedir())) {
      getLog().info("Trellis: the repository is checked once, in " + runner.getArtifactId() + ".");
      return;
    }
    Path root =
        repository != null
            ? repository.toPath().toAbsolutePath().normalize()
            : Reactor.repositoryRoot(
                project.getBasedir().toPath(), Reactor.buildRoots(session, project));
    CheckRequest request =
        new CheckRequest(
            root,
            Optional.ofNullable(config).map(File::toPath),
            Optional.ofNullable(at).filter(s -> !s.isBlank()),
            getClass().getClassLoader(),
            null,
            new LogListener(),
            Reactor.modules(session, root));
    // the report files are written after the check: load their writer meanwhile on a spare thread
    Thread prepare = new Thread(bestEffort(Reports::prepare), "trellis-prepare-reports");
    prepare.setDaemon(true);
    prepare.start();
    CheckResult result;
    try {
      result = new Engine().check(request);
    } catch (ConfigException e) {
      throw new MojoExecutionException(FindingLog.configProblems(e));
    } catch (RepoException e) {
      throw new MojoExecutionException("Trellis cannot read the repository: " + e.getMessage());
    }
    long checked = System.nanoTime();
    getLog().info(FindingLog.header(result));
    if (ReportFiles.logsText(formats)) {
      FindingLog.log(getLog(), result);
    }
    getLog().info(FindingLog.summary(result, threshold));
    List<Path> written =
        ReportFiles.write(
            result,
            reports,
            outputDirectory.toPath(),
            ReportOptions.defaults().withFailOn(threshold));
    for (Path file : written) {
      getLog().info("Trellis: wrote " + project.getBasedir().toPath().relativize(file));
    }
    for (Path file : ReportFiles.removeStale(outputDirectory.toPath(), written)) {
      getLog()
          .info(
              "Trellis: deleted "
                  + project.getBasedir().toPath().relativize(file)
                  + " of an earlier run (its format is not in trellis.formats)");
    }
    if (getLog().isDebugEnabled()) {
      getLog()
          .debug(
              "Trellis: the check took "
                  + (System.nanoTime() - start) / 1_000_000
                  + " ms ("
                  + (checked - start) / 1_000_000
                  + " ms in core, the rest logging and writing reports), "
                  + (processCpuNanos() - cpuStart) / 1_000_000
                  + " ms of CPU; stages: "
                  + Reports.stages(result));
    }
    if (result.fails(threshold)) {
      throw new MojoFailureException(FindingLog.verdict(result, threshold));
    }
  }

  /**
   * {@code warmUp}, with whatever it throws dropped (a {@link LinkageError} from a broken class
   * path included, not just {@code IOException}): warming up is best effort, and writing the
   * reports after the check meets the same problem and reports it as a build error, so a stack
   * trace from the warm-up thread would only repeat it out of context.
   */
  static Runnable bestEffort(Runnable warmUp) {
    return () -> {
      try {
        warmUp.run();
      } catch (Throwable ignored) {
        // see above: the real report writing later reports any real problem
      }
    };
  }

  /** CPU time of the whole JVM (all threads: the engine runs rules in parallel), 0 if unknown. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  /** Core's messages, through Maven's log. */
  private final class LogListener implements EngineListener {
    @Override
    public void info(String message) {
      getLog().info("Trellis: " + message);
    }

    @Override
    public void warn(String message) {
      getLog().warn("Trellis: " + message);
    }
  }
}
