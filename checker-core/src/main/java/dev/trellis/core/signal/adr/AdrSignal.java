package dev.trellis.core.signal.adr;

import dev.trellis.core.policy.YamlDocument;
import dev.trellis.core.repo.FileContent;
import dev.trellis.core.repo.Folders;
import dev.trellis.core.repo.Repo;
import dev.trellis.core.signal.Signal;
import dev.trellis.core.signal.SignalContext;
import dev.trellis.core.signal.markdown.MarkdownDoc;
import dev.trellis.core.signal.markdown.MarkdownDocs;
import dev.trellis.core.signal.markdown.MarkdownSignal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * The architecture decision logs of a repository point.
 *
 * <p>Finds the logs in this order: the policy's {@code adr: { path: ... }} (a string or a list;
 * when set, only those), then adr-tools' {@code .adr-dir} and log4brains' {@code .log4brains.yml}
 * ({@code project.adrFolder} and each {@code packages[].adrFolder}), then the conventional folders
 * at the root ({@code docs/adr}, {@code doc/adr}, ...) and, when there are none at the root, the
 * same folder names deeper down (monorepo packages). Each log says which source found it.
 *
 * <p>Reads every record once (Markdown through {@link MarkdownSignal}, ReStructuredText by its
 * titles), resolves links between records, compares index files with the records, and dates each
 * record by its first appearance in git history with one history walk for all logs together. Cost:
 * linear in the size of the log folders, plus one walk over the commits that touch them; finding
 * them is lookups at the root, and only when the root has none one pass over the file list that
 * looks at each directory once, by its last name.
 */
public final class AdrSignal {
  private AdrSignal() {}

  public static final Signal<AdrLogs> SIGNAL = Signal.of("adr", AdrSignal::compute);

  /** Conventional log folders, most common first. */
  public static final List<String> CONVENTIONAL =
      List.of(
          "docs/adr",
          "doc/adr",
          "docs/architecture/decisions",
          "adr",
          "docs/adrs",
          "docs/decisions",
          "architecture/decisions",
          "adrs",
          "doc/adrs",
          "docs/architecture-decisions",
          "docs/architecture/adr",
          "docs/architecture/adrs",
          "doc/architecture/decisions",
          "docs/design/adr",
          "decisions",
          "doc/arch");

  /**
   * Folders that hold architecture documents of every kind, and in some projects (Tendermint,
   * CometBFT, the Cosmos SDK) also the decision records: they count as a log only through files
   * named {@code adr-NNN-slug.md}, and only those files are its records.
   */
  public static final List<String> ARCHITECTURE_FOLDERS =
      List.of("docs/architecture", "doc/architecture", "architecture");

  private static final Set<String> TEXT_EXTENSIONS =
      Set.of(".md", ".markdown", ".mdx", ".rst", ".txt", ".adoc", "");
  private static final Set<String> INDEX_STEMS =
      Set.of("readme", "index", "_index", "toc", "summary", "table-of-contents", "adr-log", "log");

  /**
   * The last names of the conventional and architecture folders ({@code adr}, {@code decisions}).
   */
  private static final Set<String> LAST_NAMES =
      java.util.stream.Stream.concat(CONVENTIONAL.stream(), ARCHITECTURE_FOLDERS.stream())
          .map(c -> c.substring(c.lastIndexOf('/') + 1))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Set<String> SKIPPED_DIRS = Set.of("node_modules", "vendor", "third_party");

  record Found(String directory, AdrLog.Source source, Optional<String> sourceFile) {}

  static AdrLogs compute(SignalContext ctx) {
    Repo repo = ctx.repo();
    List<AdrLogs.Problem> problems = new ArrayList<>();
    List<Found> found = locate(repo, ctx.settings("adr"), problems);
    MarkdownDocs docs = ctx.signal(MarkdownSignal.SIGNAL);

    List<String> dirs = found.stream().map(Found::directory).distinct().toList();
    // only folders that exist take part in the walk: a configured path that points nowhere must
    // not spoil the dates of the other logs
    FirstCommits.Result history =
        FirstCommits.read(
            repo.git(), dirs.stream().filter(d -> d.isEmpty() || repo.isDirectory(d)).toList());

    // pass 1: classify and read every file
    List<LogBuilder> builders = new ArrayList<>();
    for (Found f : found) {
      builders.add(read(repo, docs, f, dirs, history.dates()));
    }
    // pass 2: resolve links against every record of the repository
    Map<String, Pending> byPath = new HashMap<>();
    for (LogBuilder b : builders) {
      for (Pending p : b.records) {
        byPath.put(p.path, p);
      }
    }
    List<AdrLog> logs = new ArrayList<>();
    for (LogBuilder b : builders) {
      List<AdrRecord> records = new ArrayList<>();
      for (Pending p : b.records) {
        records.add(p.build(resolve(repo, p, b, builders, byPath)));
      }
      records.sort(Comparator.comparing(r -> r.name().sortKey()));
      if (records.isEmpty() && b.found.source() == AdrLog.Source.CONVENTION) {
        continue; // a usual folder name holding only a README or notes is no decision log
      }
      logs.add(
          new AdrLog(
              b.found.directory(),
              b.found.source(),
              b.found.sourceFile(),
              records,
              b.indexes,
              b.templates,
              b.problems,
              b.templateStatuses > 0 && b.templateStatuses == b.templatesWithoutStatus));
    }
    return new AdrLogs(logs, history.history(), problems);
  }

  // ---- where the logs are

  static List<Found> locate(
      Repo repo, Map<String, Object> settings, List<AdrLogs.Problem> problems) {
    List<Found> found = new ArrayList<>();
    Object path = settings.get("path");
    if (path == null) {
      path = settings.get("paths");
    }
    if (path != null) {
      List<?> paths = path instanceof List<?> l ? l : List.of(path);
      for (Object p : paths) {
        add(
            found,
            Folders.clean(String.valueOf(p)),
            AdrLog.Source.POLICY,
            Optional.of("trellis.yml"));
      }
      return found;
    }
    if (repo.isFile(".adr-dir")) {
      Optional<String> dir =
          repo.read(".adr-dir")
              .filter(c -> !c.binary())
              .flatMap(c -> c.lines().stream().filter(l -> !l.isBlank()).findFirst())
              .map(Folders::clean);
      if (dir.isPresent() && !dir.get().isEmpty()) {
        add(found, dir.get(), AdrLog.Source.ADR_DIR, Optional.of(".adr-dir"));
      } else {
        problems.add(
            new AdrLogs.Problem(
                ".adr-dir",
                1,
                ".adr-dir is empty: it should hold the log's folder, such as doc/adr."));
      }
    }
    if (repo.isFile(".log4brains.yml")) {
      log4brains(repo, found, problems);
    }
    if (!found.isEmpty()) {
      return found;
    }
    for (String c : CONVENTIONAL) {
      if (holdsRecords(repo, c)) {
        add(found, c, AdrLog.Source.CONVENTION, Optional.empty());
      }
    }
    for (String c : ARCHITECTURE_FOLDERS) {
      if (holdsRecords(repo, c)) {
        add(found, c, AdrLog.Source.CONVENTION, Optional.empty());
      }
    }
    if (!found.isEmpty()) {
      return found;
    }
    // monorepos: the same folder names below the root, outside vendored code
    Set<String> seen = new java.util.HashSet<>();
    String previous = null;
    for (String file : repo.files()) {
      int slash = file.lastIndexOf('/');
      if (slash < 0) {
        continue;
      }
      // the files of a directory mostly follow one another: look at each run of them once
      if (previous != null && previous.length() == slash && file.startsWith(previous)) {
        continue;
      }
      String dir = file.substring(0, slash);
      previous = dir;
      // a log's folder ends in the last name of a conventional folder: rule the rest out on it
      if (!LAST_NAMES.contains(dir.substring(dir.lastIndexOf('/') + 1)) || !seen.add(dir)) {
        continue;
      }
      if (List.of(dir.split("/")).stream().anyMatch(SKIPPED_DIRS::contains)) {
        continue;
      }
      for (String c : CONVENTIONAL) {
        if (dir.endsWith("/" + c) && holdsRecords(repo, dir)) {
          add(found, dir, AdrLog.Source.CONVENTION, Optional.empty());
        }
      }
      for (String c : ARCHITECTURE_FOLDERS) {
        if (dir.endsWith("/" + c) && holdsRecords(repo, dir)) {
          add(found, dir, AdrLog.Source.CONVENTION, Optional.empty());
        }
      }
    }
    return found;
  }

  private static void add(
      List<Found> found, String dir, AdrLog.Source source, Optional<String> file) {
    if (found.stream().noneMatch(f -> f.directory().equals(dir))) {
      found.add(new Found(dir, source, file));
    }
  }

  /** Whether a conventional folder holds at least one file named like a record. */
  private static boolean holdsRecords(Repo repo, String dir) {
    if (!repo.isDirectory(dir)) {
      return false;
    }
    boolean architecture = isArchitectureFolder(dir);
    for (String f : repo.filesUnder(dir)) {
      String name = f.substring(f.lastIndexOf('/') + 1);
      AdrName n = AdrName.parse(name);
      String ext = n.extension().toLowerCase(Locale.ROOT);
      if (architecture) {
        if (f.indexOf('/', dir.length() + 1) < 0
            && TEXT_EXTENSIONS.contains(ext)
            && prefixed(n)
            && !isTemplate(dir, f)) {
          return true;
        }
        continue;
      }
      if (TEXT_EXTENSIONS.contains(ext)
          && n.scheme() != AdrName.Scheme.NONE
          && !INDEX_STEMS.contains(n.slug().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (dir.equals("doc/arch")) {
        continue;
      }
      if ((ext.equals(".md") || ext.equals(".rst")) && !isIndexName(n) && !isTemplate(dir, f)) {
        return true;
      }
    }
    return false;
  }

  /** A conventional architecture folder ({@code docs/architecture}), at the root or below it. */
  private static boolean isArchitectureFolder(String dir) {
    return ARCHITECTURE_FOLDERS.stream().anyMatch(c -> dir.equals(c) || dir.endsWith("/" + c));
  }

  /** Named {@code adr-NNN-slug.md} or another {@code adr}-prefixed scheme. */
  private static boolean prefixed(AdrName n) {
    return switch (n.scheme()) {
      case PREFIXED_NUMBER, PREFIXED_DATE, PREFIXED_DATE_NUMBER, PREFIXED_YEAR_NUMBER -> true;
      default -> false;
    };
  }

  private static void log4brains(Repo repo, List<Found> found, List<AdrLogs.Problem> problems) {
    Optional<FileContent> content = repo.read(".log4brains.yml").filter(c -> !c.binary());
    if (content.isEmpty()) {
      return;
    }
    YamlDocument.Result yaml = YamlDocument.parse(".log4brains.yml", content.get().text());
    if (!yaml.problems().isEmpty()) {
      var p = yaml.problems().get(0);
      problems.add(new AdrLogs.Problem(".log4brains.yml", p.line(), p.message()));
      return;
    }
    Node project = yaml.root().map(r -> child(r, "project")).orElse(null);
    if (project == null) {
      problems.add(
          new AdrLogs.Problem(
              ".log4brains.yml",
              1,
              ".log4brains.yml has no 'project:' section, so it names no decision log."));
      return;
    }
    Node adrFolder = child(project, "adrFolder");
    if (adrFolder != null) {
      YamlDocument.scalar(adrFolder)
          .map(Folders::clean)
          .ifPresent(d -> add(found, d, AdrLog.Source.LOG4BRAINS, Optional.of(".log4brains.yml")));
    } else {
      problems.add(
          new AdrLogs.Problem(
              ".log4brains.yml",
              YamlDocument.line(project),
              ".log4brains.yml has no 'project.adrFolder', which log4brains requires."));
    }
    Node packages = child(project, "packages");
    if (packages != null) {
      for (Node pkg : YamlDocument.items(packages)) {
        Node folder = child(pkg, "adrFolder");
        if (folder == null) {
          problems.add(
              new AdrLogs.Problem(
                  ".log4brains.yml",
                  YamlDocument.line(pkg),
                  "this package of .log4brains.yml has no 'adrFolder'."));
          continue;
        }
        YamlDocument.scalar(folder)
            .map(Folders::clean)
            .ifPresent(
                d -> add(found, d, AdrLog.Source.LOG4BRAINS, Optional.of(".log4brains.yml")));
      }
    }
  }

  private static Node child(Node node, String key) {
    if (!(node instanceof MappingNode m)) {
      return null;
    }
    for (NodeTuple t : m.getValue()) {
      if (YamlDocument.scalar(t.getKeyNode()).filter(key::equals).isPresent()) {
        return t.getValueNode();
      }
    }
    return null;
  }

  // ---- reading one log

  private static final class LogBuilder {
    final Found found;
    final List<Pending> records = new ArrayList<>();
    final List<AdrIndex> indexes = new ArrayList<>();
    final List<String> templates = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    int templateStatuses;
    int templatesWithoutStatus;

    LogBuilder(Found found) {
      this.found = found;
    }
  }

  /** A record read, its links not yet resolved. */
  private record Pending(
      String path, AdrName name, RecordReader.Parsed parsed, Optional<LocalDate> firstCommitted) {
    AdrRecord build(List<AdrLink> links) {
      return new AdrRecord(
          path,
          name,
          parsed.title(),
          parsed.titleLine(),
          parsed.titleNumber(),
          parsed.status(),
          parsed.date(),
          parsed.format(),
          parsed.sections(),
          links,
          firstCommitted,
          parsed.content());
    }
  }

  private static boolean isIndexName(AdrName n) {
    String stem = n.stem().toLowerCase(Locale.ROOT);
    return INDEX_STEMS.contains(stem)
        || (n.scheme() != AdrName.Scheme.NONE
            && INDEX_STEMS.contains(n.slug().toLowerCase(Locale.ROOT)));
  }

  private static boolean isTemplate(String dir, String path) {
    String rel = dir.isEmpty() ? path : path.substring(dir.length() + 1);
    String lower = rel.toLowerCase(Locale.ROOT);
    return lower.contains("template")
        || lower.startsWith("templates/")
        || lower.contains("/templates/");
  }

  private static LogBuilder read(
      Repo repo,
      MarkdownDocs docs,
      Found found,
      List<String> allDirs,
      Map<String, LocalDate> dates) {
    LogBuilder b = new LogBuilder(found);
    String dir = found.directory();
    if (!dir.isEmpty() && !repo.isDirectory(dir)) {
      b.problems.add(
          "the folder '"
              + dir
              + "' named by "
              + found.source().describe()
              + " does not exist or holds no files");
      return b;
    }
    List<String> files = dir.isEmpty() ? repo.files() : repo.filesUnder(dir);
    boolean strict = found.source() == AdrLog.Source.CONVENTION && isArchitectureFolder(dir);
    for (String path : files) {
      // a log nested in this one owns its own files
      if (allDirs.stream()
          .anyMatch(
              other ->
                  !other.equals(dir)
                      && other.startsWith(dir.isEmpty() ? "" : dir + "/")
                      && path.startsWith(other + "/"))) {
        continue;
      }
      String rel = dir.isEmpty() ? path : path.substring(dir.length() + 1);
      String fileName = rel.substring(rel.lastIndexOf('/') + 1);
      if (fileName.startsWith(".")) {
        continue;
      }
      AdrName name = AdrName.parse(fileName);
      String ext = name.extension().toLowerCase(Locale.ROOT);
      if (!TEXT_EXTENSIONS.contains(ext)) {
        continue;
      }
      boolean nested = rel.contains("/");
      if (strict && (nested || (!prefixed(name) && !isIndexName(name) && !isTemplate(dir, path)))) {
        continue; // other architecture documents, and older archives in subfolders, share it
      }
      boolean markdown = ext.equals(".md") || ext.equals(".markdown") || ext.equals(".mdx");
      if (isTemplate(dir, path)) {
        b.templates.add(path);
        if (markdown) {
          docs.get(path).ifPresent(doc -> noteTemplateStatus(b, path, doc));
        }
        continue;
      }
      if (isIndexName(name)) {
        if (markdown && !nested) {
          docs.get(path).ifPresent(doc -> b.indexes.add(index(path, dir, doc, repo)));
        }
        continue;
      }
      if ((ext.isEmpty() || ext.equals(".txt") || ext.equals(".adoc"))
          && name.scheme() == AdrName.Scheme.NONE) {
        continue;
      }
      if (nested && name.scheme() == AdrName.Scheme.NONE) {
        continue;
      }
      Optional<FileContent> content = repo.read(path);
      RecordReader.Parsed parsed;
      if (content.isEmpty()) {
        continue;
      } else if (content.get().binary()) {
        parsed = RecordReader.Parsed.of(AdrRecord.Content.BINARY);
      } else if (ext.equals(".rst")) {
        parsed = RecordReader.rst(content.get().text());
      } else {
        Optional<MarkdownDoc> doc = docs.get(path);
        if (doc.isEmpty()) {
          continue;
        }
        if (doc.get().lines().stream().anyMatch(l -> l.strip().equals("<!-- adrlog -->"))) {
          b.indexes.add(index(path, dir, doc.get(), repo));
          continue;
        }
        parsed = RecordReader.markdown(path, doc.get(), found.source() == AdrLog.Source.LOG4BRAINS);
      }
      if (name.scheme() == AdrName.Scheme.NONE && !looksLikeRecord(parsed)) {
        continue;
      }
      b.records.add(new Pending(path, name, parsed, Optional.ofNullable(dates.get(path))));
    }
    return b;
  }

  /**
   * Whether a template has a place for the status: a status it states ({@code ## Status} with a
   * placeholder, {@code status:} in the front matter, a {@code Status:} line) or a status heading.
   */
  private static void noteTemplateStatus(LogBuilder b, String path, MarkdownDoc doc) {
    RecordReader.Parsed parsed = RecordReader.markdown(path, doc, false);
    if (parsed.content() != AdrRecord.Content.TEXT) {
      return;
    }
    b.templateStatuses++;
    boolean keeps =
        parsed.status().present()
            || doc.frontMatter().containsKey("status")
            || parsed.sections().stream().anyMatch(s -> s.normalised().equals("status"));
    if (!keeps) {
      b.templatesWithoutStatus++;
    }
  }

  /** For files whose name follows no scheme: only count those that read like a decision. */
  private static boolean looksLikeRecord(RecordReader.Parsed parsed) {
    if (parsed.status().present()) {
      return true;
    }
    return parsed.sections().stream()
        .map(AdrRecord.Section::normalised)
        .anyMatch(
            s ->
                s.equals("decision")
                    || s.equals("decision outcome")
                    || s.equals("context and problem statement"));
  }

  private static AdrIndex index(String path, String dir, MarkdownDoc doc, Repo repo) {
    boolean adrLog = doc.lines().stream().anyMatch(l -> l.strip().equals("<!-- adrlog -->"));
    String base = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
    List<AdrIndex.Entry> entries = new ArrayList<>();
    for (MarkdownDoc.Link link : doc.links()) {
      String dest = link.destination() == null ? "" : link.destination().strip();
      if (dest.isEmpty() || dest.startsWith("#")) {
        continue;
      }
      RecordReader.Target t = RecordReader.target(base, dest);
      if (t.path().isEmpty()) {
        continue;
      }
      String target = t.path().get();
      boolean inLog = dir.isEmpty() || target.startsWith(dir + "/");
      String fileName = target.substring(target.lastIndexOf('/') + 1);
      AdrName n = AdrName.parse(fileName);
      if (!inLog
          || target.equals(path)
          || isIndexName(n)
          || isTemplate(dir, target)
          || !TEXT_EXTENSIONS.contains(n.extension().toLowerCase(Locale.ROOT))
          || (n.scheme() == AdrName.Scheme.NONE && !repo.isFile(target))) {
        continue;
      }
      entries.add(new AdrIndex.Entry(link.text(), target, repo.isFile(target), link.line()));
    }
    return new AdrIndex(path, adrLog, entries);
  }

  // ---- links between records

  private static List<AdrLink> resolve(
      Repo repo,
      Pending record,
      LogBuilder log,
      List<LogBuilder> all,
      Map<String, Pending> byPath) {
    List<AdrLink> out = new ArrayList<>();
    for (RecordReader.RawLink raw : record.parsed().links()) {
      List<String> targets = new ArrayList<>();
      boolean exists;
      switch (raw.target()) {
        case PATH -> {
          String p = raw.path().orElse("");
          exists = repo.isFile(p) || repo.isDirectory(p);
          if (byPath.containsKey(p)) {
            targets.add(p);
          }
          boolean inLog = all.stream().anyMatch(b -> p.startsWith(b.found.directory() + "/"));
          boolean recordName =
              AdrName.parse(p.substring(p.lastIndexOf('/') + 1)).scheme() != AdrName.Scheme.NONE;
          if (raw.relation() == AdrLink.Relation.REFERENCE && targets.isEmpty() && !inLog) {
            continue;
          }
          if (raw.relation() == AdrLink.Relation.REFERENCE
              && targets.isEmpty()
              && exists
              && !recordName) {
            continue; // a link to an image or a note beside the records
          }
        }
        case NUMBER -> {
          int n = raw.number().orElse(-1);
          for (Pending p : log.records) {
            if (p.name().number().equals(Optional.of(n))) {
              targets.add(p.path());
            }
          }
          exists = !targets.isEmpty();
        }
        case SLUG -> {
          String s = raw.slug().orElse("").toLowerCase(Locale.ROOT);
          for (Pending p : log.records) {
            if (p.name().stem().toLowerCase(Locale.ROOT).equals(s)
                || p.name().slug().toLowerCase(Locale.ROOT).equals(s)) {
              targets.add(p.path());
            }
          }
          exists = !targets.isEmpty();
        }
        default -> exists = false;
      }
      if (raw.relation() == AdrLink.Relation.REFERENCE
          && targets.size() == 1
          && targets.get(0).equals(record.path())) {
        continue;
      }
      out.add(
          new AdrLink(
              raw.relation(),
              raw.verb(),
              raw.text(),
              raw.destination(),
              raw.target(),
              raw.path(),
              exists,
              targets,
              raw.line()));
    }
    return out;
  }
}
