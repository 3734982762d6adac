package dev.trellis.maven;

import dev.trellis.core.repo.RepoException;
import dev.trellis.core.scaffold.Scaffold;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Writes {@code trellis.yml} and starting points for the standards the repository lacks
 * (CODEOWNERS, a first ADR, postmortem and pull-request templates, ...). Never overwrites a file.
 * An aggregator: runs once, at the top-level project; the repository is found as {@code
 * trellis:check} finds it.
 *
 * <p>Example: {@code mvn trellis:init -Dtrellis.owner=@acme/payments
 * -Dtrellis.baseline=classpath:acme/baseline.yml}
 */
@Mojo(name = "init", aggregator = true, threadSafe = true)
public final class InitMojo extends AbstractMojo {
  /** The baseline {@code trellis.yml} extends, for example {@code classpath:acme/baseline.yml}. */
  @Parameter(property = "trellis.baseline")
  private String baseline;

  /** The team that owns the code, for example {@code @acme/payments}. */
  @Parameter(property = "trellis.owner")
  private String owner;

  /** The ADR template: {@code nygard} or {@code madr}. */
  @Parameter(property = "trellis.adrFormat", defaultValue = "nygard")
  private String adrFormat;

  /** List what would be written, write nothing. */
  @Parameter(property = "trellis.dryRun", defaultValue = "false")
  private boolean dryRun;

  /** The repository root; default: the nearest directory holding {@code .git}. */
  @Parameter(property = "trellis.repository")
  private File repository;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Override
  public void execute() throws MojoExecutionException {
    if (owner != null && !owner.isBlank() && !owner.contains("@")) {
      throw new MojoExecutionException(
          "trellis.owner takes @user, @org/team or an email address, not '" + owner + "'.");
    }
    Scaffold.Options options;
    try {
      options =
          new Scaffold.Options(
              Optional.ofNullable(baseline), Optional.ofNullable(owner), adrFormat, null);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(
          "trellis.adrFormat takes nygard or madr, not '" + adrFormat + "'.");
    }
    Path dir =
        repository != null
            ? repository.toPath()
            : Reactor.repositoryRoot(
                project.getBasedir().toPath(), Reactor.buildRoots(session, project));
    try {
      Scaffold.Outcome done = Scaffold.init(dir, options, dryRun);
      for (Scaffold.Planned f : done.kept()) {
        getLog().info("Trellis: kept " + f.path() + " (" + f.why() + " exists)");
      }
      for (Scaffold.Planned f : done.written()) {
        getLog()
            .info(
                "Trellis: "
                    + (dryRun ? "would write " : "wrote ")
                    + f.path()
                    + " ("
                    + f.why()
                    + ")");
      }
      for (String note : done.plan().notes()) {
        getLog().warn("Trellis: " + note);
      }
    } catch (RepoException | IOException e) {
      throw new MojoExecutionException("Trellis cannot scaffold " + dir + ": " + e.getMessage(), e);
    }
  }
}
