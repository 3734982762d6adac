package dev.trellis.core.scaffold;

import dev.trellis.core.policy.PolicyLoader;
import dev.trellis.core.policy.RuleCatalog;
import dev.trellis.core.repo.FileContent;
import dev.trellis.core.repo.Folders;
import dev.trellis.core.repo.Repo;
import dev.trellis.core.signal.Signals;
import dev.trellis.core.signal.adr.AdrFormat;
import dev.trellis.core.signal.adr.AdrIndex;
import dev.trellis.core.signal.adr.AdrLink;
import dev.trellis.core.signal.adr.AdrLog;
import dev.trellis.core.signal.adr.AdrLogs;
import dev.trellis.core.signal.adr.AdrName;
import dev.trellis.core.signal.adr.AdrRecord;
import dev.trellis.core.signal.adr.AdrSignal;
import dev.trellis.core.signal.adr.AdrStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code trellis adr new}: the next record of a decision log, in the log's own naming scheme and
 * template, and the edits that go with it — the superseded record's status and reciprocal link, and
 * the index entry. Plans first (reading the log through the ADR signal), then writes: the new
 * record is created only if no file is there, and an edited file is written only if it has not
 * changed since it was read.
 *
 * <p>Example: {@code AdrNew.apply(root, AdrNew.plan(repo, Map.of(), new Request("Use Kafka",
 * Optional.of(3), Optional.empty(), Optional.empty(), today)))}
 */
public final class AdrNew {
  private AdrNew() {}

  /**
   * What to write.
   *
   * @param title the decision's title, as the person typed it
   * @param supersedes the number of the record this one supersedes
   * @param format {@code nygard} or {@code madr}; empty to follow the log
   * @param directory the log's folder; empty when the repository has one log (or none yet)
   * @param today the date written into the record
   */
  public record Request(
      String title,
      Optional<Integer> supersedes,
      Optional<String> format,
      Optional<String> directory,
      LocalDate today) {
    public Request {
      title = title == null ? "" : title.strip().replaceAll("\\s+", " ");
      supersedes = supersedes == null ? Optional.empty() : supersedes;
      format = format == null ? Optional.empty() : format.map(f -> f.toLowerCase(Locale.ROOT));
      directory = directory == null ? Optional.empty() : directory;
      today = today == null ? LocalDate.now() : today;
    }
  }

  /**
   * One file to write.
   *
   * @param path repo-relative path
   * @param before the content it was planned from; empty for a new file
   * @param content what to write
   * @param why what the change is, for the person running the command
   */
  public record Change(String path, Optional<String> before, String content, String why) {
    public boolean creates() {
      return before.isEmpty();
    }
  }

  /** The plan: the new record first, then the edits. */
  public record Plan(String directory, String path, List<Change> changes) {}

  /** Something about the request or the log that stops the plan, in words for the user. */
  public static final class AdrNewException extends RuntimeException {
    public AdrNewException(String message) {
      super(message);
    }
  }

  /**
   * The {@code adr:} settings of the repository's policy: read through the policy loader when the
   * repository has a {@code trellis.yml}, empty otherwise.
   */
  public static Map<String, Object> settings(Path root, ClassLoader loader) {
    if (!Files.isRegularFile(root.resolve(PolicyLoader.REPO_FILE))) {
      return Map.of();
    }
    return new PolicyLoader(loader, RuleCatalog.load(loader))
        .load(root.toAbsolutePath().normalize(), Optional.empty())
        .section("adr");
  }

  /** The logs of a repository, read with the given {@code adr:} settings. */
  public static AdrLogs read(Repo repo, Map<String, Object> adrSettings) {
    return new Signals(repo, s -> s.equals("adr") ? adrSettings : Map.of())
        .signal(AdrSignal.SIGNAL);
  }

  /**
   * One line of {@code trellis adr list}.
   *
   * @param log the log's folder
   * @param path the record's path
   * @param number its number, when its name has one
   * @param title its title (from the slug when it has none)
   * @param status the canonical status id ({@code accepted}, {@code unknown} when none is written)
   * @param statusText the status as written
   * @param date the date written in the record or its name, else its first commit
   * @param format the template it follows
   */
  public record Row(
      String log,
      String path,
      Optional<Integer> number,
      String title,
      String status,
      String statusText,
      Optional<LocalDate> date,
      String format) {}

  /** The records of every log, in log order. */
  public static List<Row> list(AdrLogs logs) {
    List<Row> rows = new ArrayList<>();
    for (AdrLog log : logs.logs()) {
      for (AdrRecord r : log.records()) {
        rows.add(
            new Row(
                log.directory(),
                r.path(),
                r.number(),
                r.displayTitle(),
                r.status().canonical().id(),
                r.status().text(),
                r.writtenDate().or(r::firstCommitted),
                r.format().id()));
      }
    }
    return rows;
  }

  /** Plans the new record in the repository whose {@code adr:} policy settings are given. */
  public static Plan plan(Repo repo, Map<String, Object> adrSettings, Request request) {
    return plan(repo, read(repo, adrSettings), request);
  }

  /** Plans the new record in an already read set of logs. */
  public static Plan plan(Repo repo, AdrLogs logs, Request request) {
    if (request.title().isEmpty()) {
      throw new AdrNewException("the record needs a title, such as 'Use Kafka for events'.");
    }
    if (request.format().isPresent()
        && !request.format().get().equals("nygard")
        && !request.format().get().equals("madr")) {
      throw new AdrNewException(
          "--format takes nygard or madr, not '" + request.format().get() + "'.");
    }
    AdrLog log = chooseLog(logs, request.directory());
    List<AdrRecord> records = log.records();
    AdrName model = model(records);
    if (model.extension().equalsIgnoreCase(".rst")) {
      throw new AdrNewException(
          "the log "
              + log.directory()
              + " is written in ReStructuredText; 'trellis adr new' writes Markdown only.");
    }
    String style =
        request
            .format()
            .orElseGet(
                () ->
                    records.stream().filter(r -> r.format().isMadr()).count() * 2 > records.size()
                        ? "madr"
                        : "nygard");
    boolean madrBullets =
        style.equals("madr")
            && records.stream()
                        .filter(
                            r ->
                                r.format() == AdrFormat.MADR_2
                                    || r.format() == AdrFormat.LOG4BRAINS)
                        .count()
                    * 2
                > records.size();

    Optional<AdrRecord> old = Optional.empty();
    if (request.supersedes().isPresent()) {
      int n = request.supersedes().get();
      List<AdrRecord> matches = log.withNumber(n);
      if (matches.isEmpty()) {
        throw new AdrNewException(
            "there is no record number " + n + " in " + log.directory() + " to supersede.");
      }
      if (matches.size() > 1) {
        throw new AdrNewException(
            "number "
                + n
                + " is used by "
                + matches.size()
                + " records in "
                + log.directory()
                + " ("
                + String.join(", ", matches.stream().map(AdrRecord::path).toList())
                + "); rename one before superseding it.");
      }
      old = Optional.of(matches.get(0));
      if (old.get().content() != AdrRecord.Content.TEXT
          || old.get().path().toLowerCase(Locale.ROOT).endsWith(".rst")) {
        throw new AdrNewException(
            old.get().path() + " is not a Markdown record, so its status cannot be updated.");
      }
    }

    NewName name = nextName(log, model, request);
    String dir = log.directory();
    String path = dir.isEmpty() ? name.fileName() : dir + "/" + name.fileName();
    if (repo.isFile(path) || Files.exists(repo.root().resolve(path))) {
      throw new AdrNewException(path + " already exists; 'trellis adr new' never overwrites.");
    }

    List<Change> changes = new ArrayList<>();
    String oldLink = old.map(o -> link(o, o.path(), path)).orElse("");
    changes.add(
        new Change(
            path,
            Optional.empty(),
            record(style, madrBullets, name, request, oldLink),
            "the new decision record"));
    if (old.isPresent()) {
      AdrRecord o = old.get();
      String before = text(repo, o.path());
      String selfLink = linkTo(name, request.title(), style, path, o.path());
      changes.add(
          new Change(
              o.path(),
              Optional.of(before),
              supersede(before, o, selfLink, name),
              "status: superseded by " + name.label()));
    }
    for (AdrIndex index : log.indexes()) {
      if (!index.isList()) {
        continue;
      }
      String before = text(repo, index.path());
      String after = addToIndex(before, index, log, path, name, request.title());
      if (!after.equals(before)) {
        changes.add(new Change(index.path(), Optional.of(before), after, "the index lists it"));
      }
    }
    return new Plan(dir, path, List.copyOf(changes));
  }

  /** Writes the plan; returns the paths written. Never overwrites a file it did not plan from. */
  public static List<String> apply(Path root, Plan plan) throws IOException {
    Path base = root.toAbsolutePath().normalize();
    // check every edited file first, so that nothing is half-written
    for (Change c : plan.changes()) {
      Path target = base.resolve(c.path()).normalize();
      if (!target.startsWith(base)) {
        throw new IOException("refusing to write outside the repository: " + c.path());
      }
      if (c.before().isPresent()) {
        String now = Files.readString(target, StandardCharsets.UTF_8);
        if (now.startsWith("\uFEFF")) {
          now = now.substring(1);
        }
        if (!now.equals(c.before().get())) {
          throw new AdrNewException(
              c.path() + " changed while the record was being planned; run again.");
        }
      }
    }
    List<String> written = new ArrayList<>();
    for (Change c : plan.changes()) {
      Path target = base.resolve(c.path()).normalize();
      if (c.creates()) {
        Files.createDirectories(target.getParent());
        try {
          Files.writeString(
              target, c.content(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
          throw new AdrNewException(
              c.path() + " already exists; 'trellis adr new' never overwrites.");
        }
      } else {
        Files.writeString(
            target,
            c.content(),
            StandardCharsets.UTF_8,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE);
      }
      written.add(c.path());
    }
    return written;
  }

  // ---- which log, which name

  private static AdrLog chooseLog(AdrLogs logs, Optional<String> directory) {
    if (directory.isPresent()) {
      String d = Folders.clean(directory.get());
      return logs.logs().stream()
          .filter(l -> l.directory().equals(d))
          .findFirst()
          .orElseGet(() -> emptyLog(d));
    }
    List<AdrLog> usable = logs.logs().stream().filter(l -> l.problems().isEmpty()).toList();
    if (usable.size() > 1) {
      throw new AdrNewException(
          "this repository has "
              + usable.size()
              + " decision logs ("
              + String.join(", ", usable.stream().map(AdrLog::directory).toList())
              + "); choose one with --dir.");
    }
    if (usable.size() == 1) {
      return usable.get(0);
    }
    // a configured folder that does not exist yet is where the first record goes
    return logs.logs().stream()
        .findFirst()
        .map(l -> emptyLog(l.directory()))
        .orElseGet(() -> emptyLog("docs/adr"));
  }

  private static AdrLog emptyLog(String dir) {
    return new AdrLog(
        dir, AdrLog.Source.POLICY, Optional.empty(), List.of(), List.of(), List.of(), List.of());
  }

  /** The name most records of the log follow: the last record with the most common pattern. */
  private static AdrName model(List<AdrRecord> records) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (AdrRecord r : records) {
      if (r.name().scheme() != AdrName.Scheme.NONE) {
        counts.merge(r.name().shape(), 1, Integer::sum);
      }
    }
    if (counts.isEmpty()) {
      return AdrName.parse("0001-x.md");
    }
    String shape =
        counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    AdrName model = null;
    for (AdrRecord r : records) {
      if (r.name().shape().equals(shape)
          && (model == null || r.name().padded() || !model.padded())) {
        model = r.name();
      }
    }
    return model;
  }

  /** The new record's file name, number and date. */
  record NewName(String fileName, Optional<Integer> number, String digits) {
    String label() {
      return number.map(n -> "ADR " + n).orElse(fileName);
    }
  }

  private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd");

  private static NewName nextName(AdrLog log, AdrName model, Request request) {
    String slug = slug(request.title(), model.slug());
    String sep = model.separator().isEmpty() ? "-" : model.separator();
    String ext = model.extension().isEmpty() ? ".md" : model.extension();
    LocalDate today = request.today();
    return switch (model.scheme()) {
      case DATE -> new NewName(today.format(COMPACT) + sep + slug + ext, Optional.empty(), "");
      case PREFIXED_DATE ->
          new NewName(model.prefix() + today + sep + slug + ext, Optional.empty(), "");
      case PREFIXED_DATE_NUMBER -> {
        int next =
            log.records().stream()
                    .filter(r -> r.name().date().equals(Optional.of(today)))
                    .flatMap(r -> r.number().stream())
                    .max(Comparator.naturalOrder())
                    .orElse(0)
                + 1;
        String digits = pad(next, model);
        yield new NewName(
            model.prefix() + today + sep + digits + sep + slug + ext, Optional.of(next), digits);
      }
      case PREFIXED_YEAR_NUMBER -> {
        String year = String.valueOf(today.getYear());
        int next =
            log.records().stream()
                    .filter(r -> r.name().fileName().contains(year))
                    .flatMap(r -> r.number().stream())
                    .max(Comparator.naturalOrder())
                    .orElse(0)
                + 1;
        String digits = pad(next, model);
        yield new NewName(
            model.prefix() + year + "-" + digits + sep + slug + ext, Optional.of(next), digits);
      }
      default -> {
        int next =
            log.records().stream()
                    .flatMap(r -> r.number().stream())
                    .max(Comparator.naturalOrder())
                    .orElse(0)
                + 1;
        String digits = pad(next, model);
        yield new NewName(model.prefix() + digits + sep + slug + ext, Optional.of(next), digits);
      }
    };
  }

  private static String pad(int n, AdrName model) {
    int width = model.scheme() == AdrName.Scheme.NONE ? 4 : model.padded() ? model.width() : 0;
    return width > 0 ? String.format(Locale.ROOT, "%0" + width + "d", n) : String.valueOf(n);
  }

  /**
   * The slug of a title, as adr-tools makes it (lower case, runs of other characters turned into
   * dashes, ends trimmed), or in upper snake case when the log's names are written that way.
   */
  static String slug(String title, String modelSlug) {
    String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    s = s.replaceAll("^-+|-+$", "");
    if (s.isEmpty()) {
      s = "decision";
    }
    boolean upperSnake =
        modelSlug.chars().anyMatch(Character::isLetter)
            && modelSlug.equals(modelSlug.toUpperCase(Locale.ROOT))
            && modelSlug.contains("_");
    return upperSnake ? s.toUpperCase(Locale.ROOT).replace('-', '_') : s;
  }

  // ---- contents

  private static String record(
      String style, boolean madrBullets, NewName name, Request request, String supersedesLink) {
    String date = request.today().toString();
    String title = request.title();
    StringBuilder sb = new StringBuilder();
    if (style.equals("nygard")) {
      sb.append("# ")
          .append(name.number().map(n -> n + ". ").orElse(""))
          .append(title)
          .append("\n\n");
      sb.append("Date: ").append(date).append("\n\n");
      sb.append("## Status\n\nAccepted\n\n");
      if (!supersedesLink.isEmpty()) {
        sb.append("Supersedes ").append(supersedesLink).append("\n\n");
      }
      sb.append("## Context\n\n")
          .append("What forces are at play, stated neutrally: the problem, the constraints, what")
          .append(" we know and what we do not.\n\n");
      sb.append("## Decision\n\n").append("We will ...\n\n");
      sb.append("## Consequences\n\n")
          .append("What becomes easier and what becomes harder, including the risks we accept.\n");
      return sb.toString();
    }
    if (madrBullets) {
      sb.append("# ").append(title).append("\n\n");
      sb.append("* Status: accepted\n");
      sb.append("* Date: ").append(date).append("\n\n");
    } else {
      sb.append("---\nstatus: accepted\ndate: ").append(date).append("\n---\n\n");
      sb.append("# ").append(title).append("\n\n");
    }
    if (!supersedesLink.isEmpty()) {
      sb.append("Supersedes ").append(supersedesLink).append("\n\n");
    }
    sb.append("## Context and Problem Statement\n\n")
        .append("What problem does this decision solve, and why does it need solving now?\n\n");
    sb.append("## Considered Options\n\n* Option 1\n* Option 2\n\n");
    sb.append("## Decision Outcome\n\n").append("Chosen option: \"Option 1\", because ...\n\n");
    sb.append("### Consequences\n\n* Good, because ...\n* Bad, because ...\n");
    return sb.toString();
  }

  /** A Markdown link from the file at {@code from} to an existing record. */
  private static String link(AdrRecord target, String targetPath, String from) {
    String text =
        target.number().map(n -> n + ". " + target.displayTitle()).orElse(target.displayTitle());
    return "[" + text + "](" + AdrLink.destinationTo(from, targetPath) + ")";
  }

  private static String linkTo(
      NewName name, String title, String style, String newPath, String from) {
    String text = name.number().map(n -> n + ". " + title).orElse(title);
    if (style.equals("madr") && name.number().isPresent()) {
      text = "ADR-" + name.digits();
    }
    return "[" + text + "](" + AdrLink.destinationTo(from, newPath) + ")";
  }

  private static final Pattern STATUS_PREFIX =
      Pattern.compile("(?i)^(.*?status\\s*(?:\\*\\*|__)?\\s*:\\s*(?:\\*\\*|__)?\\s*)");

  /** The superseded record with its status saying so and linking to its successor. */
  static String supersede(String text, AdrRecord old, String successorLink, NewName name) {
    String nl = text.contains("\r\n") ? "\r\n" : "\n";
    List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
    AdrStatus s = old.status();
    int i = s.line() - 1;
    String value = "Superseded by " + successorLink;
    switch (s.place()) {
      case HEADING -> {
        if (i >= 0 && i < lines.size()) {
          lines.set(i, value);
        }
      }
      case LINE -> {
        if (i >= 0 && i < lines.size()) {
          Matcher m = STATUS_PREFIX.matcher(lines.get(i));
          String prefix = m.find() ? m.group(1) : "Status: ";
          lines.set(i, prefix + "superseded by " + successorLink);
        }
      }
      case FRONT_MATTER -> {
        if (i >= 0 && i < lines.size()) {
          String indent = lines.get(i).replaceAll("^(\\s*).*$", "$1");
          String id = name.number().map(n -> "ADR-" + name.digits()).orElse(stem(name.fileName()));
          lines.set(i, indent + "status: \"superseded by " + id + "\"");
        }
      }
      case NONE -> {
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
          String id = name.number().map(n -> "ADR-" + name.digits()).orElse(stem(name.fileName()));
          lines.add(1, "status: \"superseded by " + id + "\"");
        } else if (old.titleLine() > 0) {
          lines.addAll(old.titleLine(), List.of("", "## Status", "", value));
        } else {
          lines.addAll(0, List.of("## Status", "", value, ""));
        }
      }
    }
    return String.join(nl, lines);
  }

  private static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /**
   * The index with an entry for the new record, written like its last entry (the same list or table
   * style), right after it.
   */
  static String addToIndex(
      String text, AdrIndex index, AdrLog log, String newPath, NewName name, String title) {
    String nl = text.contains("\r\n") ? "\r\n" : "\n";
    List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
    String rel = AdrLink.destinationTo(index.path(), newPath);
    String fallback =
        name.number().isPresent()
            ? (index.adrLog()
                ? "* [ADR-" + name.digits() + "](" + rel + ") - " + title
                : "* [" + name.number().get() + ". " + title + "](" + rel + ")")
            : "* [" + title + "](" + rel + ")";
    Optional<AdrIndex.Entry> last =
        index.entries().stream().max(Comparator.comparingInt(AdrIndex.Entry::line));
    if (last.isEmpty()) {
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).strip().equals("<!-- adrlog -->")) {
          lines.add(i + 1, fallback);
          return String.join(nl, lines);
        }
      }
      return text;
    }
    int at = last.get().line() - 1;
    if (at < 0 || at >= lines.size()) {
      return text;
    }
    String model = lines.get(at);
    Optional<AdrRecord> modelRecord = log.record(last.get().target());
    String entry = fallback;
    String modelFile = last.get().target().substring(last.get().target().lastIndexOf('/') + 1);
    if (modelRecord.isPresent() && model.contains(modelFile)) {
      AdrRecord m = modelRecord.get();
      String newFile = newPath.substring(newPath.lastIndexOf('/') + 1);
      String e = model.replace(modelFile, "\u0000F");
      if (!m.title().isEmpty()) {
        e = e.replace(m.title(), "\u0000T");
      }
      if (m.number().isPresent() && name.number().isPresent()) {
        String oldDigits = m.name().fileName().substring(m.name().prefix().length());
        oldDigits = oldDigits.replaceAll("^(\\d+).*$", "$1");
        e = e.replace(oldDigits, name.digits());
        e =
            e.replaceAll(
                "(?<!\\d)" + m.number().get() + "(?!\\d)", String.valueOf(name.number().get()));
      }
      if (!m.status().text().isEmpty() && e.contains(m.status().text())) {
        e = e.replace(m.status().text(), "Accepted");
      }
      entry = e.replace("\u0000F", newFile).replace("\u0000T", title);
    }
    lines.add(at + 1, entry);
    return String.join(nl, lines);
  }

  private static String text(Repo repo, String path) {
    return repo.read(path)
        .filter(c -> !c.binary() && !c.truncated())
        .map(FileContent::text)
        .orElseThrow(() -> new AdrNewException(path + " cannot be read as text."));
  }
}
