package dev.trellis.core.signal.codeowners;

import dev.trellis.core.repo.FileContent;
import dev.trellis.core.repo.Repo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CODEOWNERS of a repository: which file the platform reads, in which dialect, what it says,
 * and an index that resolves the owners of any path. Immutable.
 *
 * <p>Discovery: with {@code codeowners: { dialect: github|gitlab }} in the policy, the first file
 * of that platform's order (GitHub: {@code .github/}, the root, {@code docs/}; GitLab: the root,
 * {@code docs/}, {@code .gitlab/}). Otherwise a file in {@code .github/} means GitHub; else the
 * first of the root and {@code docs/}, read as GitLab when it uses GitLab-only syntax (section
 * headers, {@code @@role} owners) and as GitHub otherwise; else {@code .gitlab/CODEOWNERS} means
 * GitLab. Patterns always match paths relative to the repository root, wherever the file is.
 *
 * <p>Reads one file (capped at the repository model's read limit) and the list of files; parsing
 * and indexing are linear in the file's length.
 */
public final class Codeowners {
  private final Dialect dialect;
  private final Dialect.Source dialectSource;
  private final Optional<CodeownersFile> file;
  private final List<IgnoredFile> ignored;
  private final OwnershipIndex index;

  private Codeowners(
      Dialect dialect,
      Dialect.Source dialectSource,
      Optional<CodeownersFile> file,
      List<IgnoredFile> ignored) {
    this.dialect = dialect;
    this.dialectSource = dialectSource;
    this.file = file;
    this.ignored = List.copyOf(ignored);
    this.index =
        OwnershipIndex.of(
            file.orElseGet(
                () -> CodeownersParser.parse(dialect.locations().get(0), "", dialect, 0)));
  }

  /** Reads the CODEOWNERS of {@code repo}; {@code settings} is the policy's {@code codeowners:}. */
  public static Codeowners read(Repo repo, Map<String, Object> settings) {
    Optional<Dialect> configured =
        Optional.ofNullable(settings.get("dialect")).map(String::valueOf).flatMap(Dialect::byId);
    String path = null;
    Dialect dialect;
    Dialect.Source source;
    String text = "";
    long size = 0;
    if (configured.isPresent()) {
      dialect = configured.get();
      source = Dialect.Source.POLICY;
      path = first(repo, dialect.locations());
    } else if (repo.isFile(".github/CODEOWNERS")) {
      dialect = Dialect.GITHUB;
      source = Dialect.Source.LOCATION;
      path = ".github/CODEOWNERS";
    } else if (first(repo, List.of("CODEOWNERS", "docs/CODEOWNERS")) != null) {
      path = first(repo, List.of("CODEOWNERS", "docs/CODEOWNERS"));
      FileContent c = repo.read(path).orElse(null);
      if (c != null && CodeownersParser.hasGitLabSyntax(c.text())) {
        dialect = Dialect.GITLAB;
        source = Dialect.Source.SYNTAX;
      } else {
        dialect = Dialect.GITHUB;
        source = Dialect.Source.DEFAULT;
      }
    } else if (repo.isFile(".gitlab/CODEOWNERS")) {
      dialect = Dialect.GITLAB;
      source = Dialect.Source.LOCATION;
      path = ".gitlab/CODEOWNERS";
    } else {
      dialect = Dialect.GITHUB;
      source = Dialect.Source.DEFAULT;
    }
    Optional<CodeownersFile> parsed = Optional.empty();
    if (path != null) {
      Optional<FileContent> content = repo.read(path);
      if (content.isPresent()) {
        text = content.get().binary() ? "" : content.get().text();
        size = content.get().size();
      }
      parsed = Optional.of(CodeownersParser.parse(path, text, dialect, size));
    }
    return new Codeowners(dialect, source, parsed, ignored(repo, dialect, path));
  }

  /**
   * Parses {@code text} as the file at {@code path}, for tests and tools that have no repository.
   */
  public static Codeowners of(String path, String text, Dialect dialect) {
    return new Codeowners(
        dialect,
        Dialect.Source.POLICY,
        Optional.of(CodeownersParser.parse(path, text, dialect, text.length())),
        List.of());
  }

  private static String first(Repo repo, List<String> candidates) {
    for (String c : candidates) {
      if (repo.isFile(c)) {
        return c;
      }
    }
    return null;
  }

  private static List<IgnoredFile> ignored(Repo repo, Dialect dialect, String used) {
    List<IgnoredFile> out = new ArrayList<>();
    String order = String.join(", ", dialect.locations());
    for (String f : repo.files()) {
      if (!(f.equals("CODEOWNERS") || f.endsWith("/CODEOWNERS")) || f.equals(used)) {
        continue;
      }
      if (dialect.locations().contains(f)) {
        out.add(
            new IgnoredFile(
                f,
                dialect.displayName()
                    + " reads only the first CODEOWNERS it finds ("
                    + order
                    + "), which is "
                    + used,
                false));
      } else {
        out.add(
            new IgnoredFile(
                f,
                dialect.displayName()
                    + " reads CODEOWNERS only from "
                    + order
                    + (used == null ? "" : ", and uses " + used),
                true));
      }
    }
    return out;
  }

  /** The platform whose rules apply. */
  public Dialect dialect() {
    return dialect;
  }

  /** How the dialect was chosen. */
  public Dialect.Source dialectSource() {
    return dialectSource;
  }

  /** The file the platform reads, parsed; empty when there is none. */
  public Optional<CodeownersFile> file() {
    return file;
  }

  /** Other files named CODEOWNERS, which the platform ignores. */
  public List<IgnoredFile> ignored() {
    return ignored;
  }

  /** The index over the file's lines (over no lines when there is no file). */
  public OwnershipIndex index() {
    return index;
  }
}
