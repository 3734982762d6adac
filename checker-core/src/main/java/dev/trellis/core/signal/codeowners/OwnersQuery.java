package dev.trellis.core.signal.codeowners;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.trellis.core.policy.PolicyLoader;
import dev.trellis.core.policy.RuleCatalog;
import dev.trellis.core.repo.Repo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code trellis owners} answers: the owners of given paths, or every file without an owner,
 * as tab-separated lines or JSON. The command only wires arguments to this class.
 *
 * <p>Example: {@code OwnersQuery.of(repo, Map.of()).lookup(List.of("src/Main.java"))}
 */
public final class OwnersQuery {
  private final Repo repo;
  private final Codeowners codeowners;

  /**
   * One answer.
   *
   * @param path the path as asked (normalised to repository-relative with {@code /})
   * @param ownership its owners and the lines that decided them
   */
  public record Answer(String path, Ownership ownership) {}

  private OwnersQuery(Repo repo, Codeowners codeowners) {
    this.repo = repo;
    this.codeowners = codeowners;
  }

  /** A query over {@code repo}, with the policy's {@code codeowners:} settings. */
  public static OwnersQuery of(Repo repo, Map<String, Object> settings) {
    return new OwnersQuery(repo, Codeowners.read(repo, settings));
  }

  /**
   * The {@code codeowners:} settings of the repository's policy: read through the policy loader
   * when the repository has a {@code trellis.yml}, empty otherwise (no policy, no settings).
   */
  public static Map<String, Object> settings(Path root, ClassLoader loader) {
    if (!Files.isRegularFile(root.resolve(PolicyLoader.REPO_FILE))) {
      return Map.of();
    }
    return new PolicyLoader(loader, RuleCatalog.load(loader))
        .load(root.toAbsolutePath().normalize(), Optional.empty())
        .section("codeowners");
  }

  public Codeowners codeowners() {
    return codeowners;
  }

  /** The owners of each path, in the order given. */
  public List<Answer> lookup(List<String> paths) {
    OwnershipIndex.Resolver r = codeowners.index().resolver();
    List<Answer> out = new ArrayList<>();
    for (String p : paths) {
      String path = normalise(p);
      out.add(new Answer(path, r.resolve(path)));
    }
    return out;
  }

  /**
   * Every file without an owner, sorted; with {@code within} non-empty, only files equal to or
   * below one of those paths.
   */
  public List<Answer> unowned(List<String> within) {
    List<String> prefixes = within.stream().map(OwnersQuery::normalise).toList();
    OwnershipIndex.Resolver r = codeowners.index().resolver();
    List<Answer> out = new ArrayList<>();
    for (String f : repo.files()) {
      if (!prefixes.isEmpty() && !isWithin(f, prefixes)) {
        continue;
      }
      Ownership o = r.resolve(f);
      if (!o.owned()) {
        out.add(new Answer(f, o));
      }
    }
    return out;
  }

  private static boolean isWithin(String file, List<String> prefixes) {
    for (String p : prefixes) {
      if (p.isEmpty() || file.equals(p) || file.startsWith(p.endsWith("/") ? p : p + "/")) {
        return true;
      }
    }
    return false;
  }

  static String normalise(String path) {
    String p = path.replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    return p.equals(".") ? "" : p;
  }

  /** One line an answer: {@code PATH<TAB>OWNER OWNER...}, nothing after the tab when unowned. */
  public static void writeText(List<Answer> answers, Writer out) throws IOException {
    StringBuilder b = new StringBuilder(answers.size() * 48);
    for (Answer a : answers) {
      b.append(a.path()).append('\t').append(String.join(" ", a.ownership().owners())).append('\n');
    }
    out.write(b.toString());
  }

  /**
   * JSON: {@code {"codeowners": ".github/CODEOWNERS", "dialect": "github", "files": [{"path":
   * "src/a.java", "owners": ["@team"], "lines": [12]}]}}; {@code codeowners} is null when the
   * repository has none, {@code lines} are the deciding lines.
   */
  public void writeJson(List<Answer> answers, Writer out) {
    try (JsonGenerator g =
        new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      Optional<CodeownersFile> file = codeowners.file();
      if (file.isPresent()) {
        g.writeStringField("codeowners", file.get().path());
      } else {
        g.writeNullField("codeowners");
      }
      g.writeStringField("dialect", codeowners.dialect().id());
      g.writeArrayFieldStart("files");
      for (Answer a : answers) {
        g.writeStartObject();
        g.writeStringField("path", a.path());
        g.writeArrayFieldStart("owners");
        for (String o : a.ownership().owners()) {
          g.writeString(o);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("lines");
        for (Entry e : a.ownership().entries()) {
          g.writeNumber(e.line());
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.flush();
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
