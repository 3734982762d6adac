package dev.trellis.core.scaffold;

import dev.trellis.core.repo.GitAccess;
import dev.trellis.core.repo.Repo;
import dev.trellis.core.signal.Signals;
import dev.trellis.core.signal.adr.AdrSignal;
import dev.trellis.core.signal.codeowners.CodeownersSignal;
import dev.trellis.core.signal.community.CommunityFiles;
import dev.trellis.core.signal.community.CommunitySignal;
import dev.trellis.core.signal.community.HealthFile;
import dev.trellis.core.signal.postmortem.PostmortemSignal;
import dev.trellis.core.signal.review.ReviewSignal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code trellis init}: for each standard a repository lacks, a file to start from. Plans first (so
 * {@code --dry-run} shows exactly what would be written), then writes only files that do not exist
 * — never overwriting, even if one appears between planning and writing.
 */
public final class Scaffold {
  private Scaffold() {}

  /**
   * What to scaffold.
   *
   * @param baseline the policy reference {@code trellis.yml} extends; empty for Trellis's default
   *     baseline
   * @param owner the team or person that owns the code ({@code @acme/payments}); empty when a human
   *     must decide
   * @param adrFormat {@code nygard} or {@code madr}
   * @param today the date written into the first ADR
   */
  public record Options(
      Optional<String> baseline, Optional<String> owner, String adrFormat, LocalDate today) {
    public Options {
      baseline = baseline == null ? Optional.empty() : baseline.filter(b -> !b.isBlank());
      owner = owner == null ? Optional.empty() : owner.filter(o -> !o.isBlank());
      adrFormat = adrFormat == null ? "nygard" : adrFormat.toLowerCase(Locale.ROOT);
      if (!adrFormat.equals("nygard") && !adrFormat.equals("madr")) {
        throw new IllegalArgumentException(
            "ADR format must be nygard or madr, not '" + adrFormat + "'");
      }
      today = today == null ? LocalDate.now() : today;
    }
  }

  /** One file of the plan. {@code exists}: already there, so it is kept and not written. */
  public record Planned(String path, String content, String why, boolean exists) {}

  /** The plan, with notes for the person (what a human must still decide). */
  public record Plan(List<Planned> files, List<String> notes) {
    public List<Planned> toWrite() {
      return files.stream().filter(f -> !f.exists()).toList();
    }
  }

  /**
   * What {@code init} would write into the repository at this point. Whether a standard is there is
   * decided by the same signals the rules read, so {@code init} and {@code check} never disagree
   * about where a file may live.
   */
  public static Plan plan(Repo repo, Options options) {
    List<Planned> files = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Signals signals = new Signals(repo, section -> Map.of());

    files.add(
        new Planned(
            "trellis.yml", policy(options), "the repository's policy", repo.isFile("trellis.yml")));

    boolean hasOwners = signals.signal(CodeownersSignal.SIGNAL).file().isPresent();
    files.add(
        new Planned(".github/CODEOWNERS", codeowners(repo, options), "code ownership", hasOwners));
    if (!hasOwners && options.owner().isEmpty()) {
      notes.add(
          ".github/CODEOWNERS: a human must decide who owns the code. Replace the commented-out"
              + " '* @your-team' line; the comments name who committed most in each top-level"
              + " directory recently.");
    }

    boolean hasAdr = !signals.signal(AdrSignal.SIGNAL).logs().isEmpty();
    String adrDir = "docs/adr";
    String adrTemplate = options.adrFormat().equals("madr") ? "adr-madr.md" : "adr-nygard.md";
    files.add(
        new Planned(
            adrDir + "/0001-record-architecture-decisions.md",
            template(adrTemplate, Map.of("date", options.today().toString(), "dir", adrDir)),
            "the architecture decision log",
            hasAdr));

    boolean hasPostmortem = !signals.signal(PostmortemSignal.SIGNAL).templates().isEmpty();
    files.add(
        new Planned(
            "docs/postmortems/template.md",
            template("postmortem-template.md", Map.of()),
            "a blameless postmortem template",
            hasPostmortem));

    boolean hasPrTemplate = !signals.signal(ReviewSignal.SIGNAL).templates().isEmpty();
    files.add(
        new Planned(
            ".github/pull_request_template.md",
            template("pull_request_template.md", Map.of()),
            "a pull-request template",
            hasPrTemplate));

    CommunityFiles community = signals.signal(CommunitySignal.SIGNAL).files();
    files.add(
        new Planned(
            "CONTRIBUTING.md",
            template("CONTRIBUTING.md", Map.of("adrDir", adrDir)),
            "how to contribute",
            community.used(HealthFile.CONTRIBUTING).isPresent()));

    boolean hasSecurity = community.used(HealthFile.SECURITY).isPresent();
    files.add(
        new Planned(
            "SECURITY.md", template("SECURITY.md", Map.of()), "a security policy", hasSecurity));
    if (!hasSecurity) {
      notes.add(
          "SECURITY.md: replace the placeholder line with the address or private link where"
              + " vulnerabilities are reported.");
    }
    return new Plan(List.copyOf(files), List.copyOf(notes));
  }

  /**
   * What {@code init} did (or, in a dry run, would do): the plan, and the planned files written.
   *
   * @param kept the standards files already there, which {@code init} leaves as they are
   * @param written the files written (or that would be, in a dry run), as planned
   */
  public record Outcome(Plan plan, List<Planned> kept, List<Planned> written) {}

  /**
   * {@code init} for the CLI and the Maven plugin alike: opens the repository at {@code dir},
   * plans, and writes what is missing unless {@code dryRun}. Never overwrites.
   */
  public static Outcome init(Path dir, Options options, boolean dryRun) throws IOException {
    Plan plan;
    Path root;
    try (Repo repo = dev.trellis.core.repo.Repos.open(dir, java.util.Optional.empty())) {
      root = repo.root();
      plan = plan(repo, options);
    }
    List<String> paths =
        dryRun ? plan.toWrite().stream().map(Planned::path).toList() : apply(root, plan);
    return new Outcome(
        plan,
        plan.files().stream().filter(Planned::exists).toList(),
        plan.toWrite().stream().filter(f -> paths.contains(f.path())).toList());
  }

  /** Writes the files of the plan that do not exist; returns what was written. Never overwrites. */
  public static List<String> apply(Path root, Plan plan) throws IOException {
    List<String> written = new ArrayList<>();
    for (Planned f : plan.toWrite()) {
      Path target = root.resolve(f.path()).normalize();
      if (!target.startsWith(root.normalize())) {
        throw new IOException("refusing to write outside the repository: " + f.path());
      }
      Files.createDirectories(target.getParent());
      try {
        Files.writeString(
            target,
            f.content(),
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
        written.add(f.path());
      } catch (FileAlreadyExistsException e) {
        // appeared since planning: keep it
      }
    }
    return written;
  }

  private static String policy(Options options) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Trellis policy for this repository. See `trellis explain RULE` for any rule.\n");
    if (options.baseline().isPresent()) {
      sb.append("extends:\n  - ").append(options.baseline().get()).append("\n");
    } else {
      sb.append("# No 'extends': this repository follows Trellis's default baseline.\n");
      sb.append("# extends:\n#   - classpath:acme/baseline.yml\n");
    }
    options.owner().ifPresent(o -> sb.append("teams: [\"").append(o).append("\"]\n"));
    sb.append("\n# Where this repository knowingly departs from its baseline, say why:\n");
    sb.append("# deviations:\n#   adr/freshness: { level: off, reason: \"...\" }\n");
    return sb.toString();
  }

  private static String codeowners(Repo repo, Options options) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Code owners: the last matching line wins. See GitHub's \"About code owners\".\n");
    if (options.owner().isPresent()) {
      sb.append("* ").append(options.owner().get()).append("\n");
    } else {
      sb.append("# A human must decide who owns this code: uncomment and name the owning team.\n");
      sb.append("# * @your-team\n");
    }
    Map<String, List<Committers.Count>> hints =
        repo.git().map(Scaffold::committers).orElse(Map.of());
    for (Map.Entry<String, List<Committers.Count>> e : hints.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      sb.append("\n# /")
          .append(e.getKey())
          .append("/ - most commits in the last ")
          .append(Committers.WINDOW)
          .append(": ");
      sb.append(
          String.join(
              ", ", e.getValue().stream().map(c -> c.name() + " (" + c.commits() + ")").toList()));
      sb.append("\n# /").append(e.getKey()).append("/ @owner\n");
    }
    return sb.toString();
  }

  private static Map<String, List<Committers.Count>> committers(GitAccess git) {
    return Committers.byTopLevelDirectory(git, 3);
  }

  static String template(String name, Map<String, String> values) {
    try (InputStream in = Scaffold.class.getResourceAsStream("/trellis/scaffold/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing scaffold template " + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (Map.Entry<String, String> e : values.entrySet()) {
        text = text.replace("{{" + e.getKey() + "}}", e.getValue());
      }
      return text;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read scaffold template " + name, e);
    }
  }
}
