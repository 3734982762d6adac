package dev.trellis.maven.it;

import dev.trellis.cli.TrellisCommand;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import picocli.CommandLine;

/**
 * Helpers for the invoker integration tests' hook scripts ({@code src/it/*}/prebuild.groovy and
 * verify.groovy), which see the test class path.
 */
public final class ItSupport {
  private ItSupport() {}

  /**
   * Makes {@code basedir} its own git repository with every file committed, so the check finds its
   * root there and never climbs into the enclosing project's repository. Build output and the
   * invoker's log are ignored.
   */
  public static void gitInit(File basedir) throws IOException, GitAPIException {
    PersonIdent who =
        new PersonIdent(
            "Ada Tester",
            "ada@example.com",
            Instant.parse("2026-01-05T10:00:00Z"),
            TimeZone.getTimeZone(ZoneOffset.UTC).toZoneId());
    try (Git git = Git.init().setDirectory(basedir).setInitialBranch("main").call()) {
      Path exclude = basedir.toPath().resolve(".git/info/exclude");
      Files.createDirectories(exclude.getParent());
      Files.writeString(exclude, "target/\nbuild.log\n*/target/\n", StandardCharsets.UTF_8);
      git.add().addFilepattern(".").call();
      git.commit().setMessage("Initial commit").setAuthor(who).setCommitter(who).call();
    }
  }

  /** The lines of the build's log. */
  public static List<String> log(File basedir) throws IOException {
    return Files.readAllLines(basedir.toPath().resolve("build.log"), StandardCharsets.UTF_8);
  }

  /** The lines of the log that start with {@code prefix}. */
  public static List<String> logLines(File basedir, String prefix) throws IOException {
    return log(basedir).stream().filter(l -> l.startsWith(prefix)).toList();
  }

  /** Runs the {@code trellis} command line; returns the exit code, then what it printed. */
  public static List<String> cli(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cl = TrellisCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(out, true));
    int code = cl.execute(args);
    return List.of(String.valueOf(code), out.toString());
  }
}
