package dev.trellis.core.policy;

import dev.trellis.core.declarative.DeclarativeRules;
import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads the effective policy of a repository: its {@code trellis.yml} (or Trellis's default
 * baseline when there is none), the chain it extends ({@code file:}, {@code classpath:}, {@code
 * git:}), merged with last-wins precedence, each value with its provenance. The repository's own
 * file is applied last and compared with the merged baseline: every setting it weakens is a {@link
 * Deviation}, refused when the baseline locks the rule.
 *
 * <p>Every mistake is a {@link ConfigProblem} with file, line and hint. Loading never stops at the
 * first one: a broken file is skipped, the rest is read and merged, and all problems are thrown
 * together as one {@link ConfigException}.
 */
public final class PolicyLoader {
  /** The file a repository keeps its policy in. */
  public static final String REPO_FILE = "trellis.yml";

  /** Trellis's own baseline, used when a repository has no policy file or extends nothing. */
  public static final String DEFAULT_BASELINE = "classpath:trellis/default-baseline.yml";

  static final Set<String> TOP_LEVEL_KEYS =
      Set.of(
          "name",
          "version",
          "latest",
          "extends",
          "teams",
          "locked",
          "waiverPolicy",
          "rules",
          "deviations",
          "waivers",
          "files");

  /** Top-level sections that configure signals. */
  public static final Set<String> SECTIONS =
      Set.of(
          "codeowners", "adr", "postmortems", "review", "rituals", "purpose", "boundaries", "java");

  static final List<String> WAIVER_KEYS = List.of("rule", "paths", "reason", "owner", "expires");

  private static final String EXTENDS_HINT =
      "Write file:PATH, classpath:RESOURCE or git:URL#REF:PATH.";

  private final ClassLoader classLoader;
  private final RuleCatalog catalog;
  private final GitBaselines git;
  private final Function<String, Optional<Set<String>>> sectionKeys;

  public PolicyLoader(ClassLoader classLoader, RuleCatalog catalog) {
    this(classLoader, catalog, new GitBaselines(GitBaselines.defaultCacheDir()));
  }

  public PolicyLoader(ClassLoader classLoader, RuleCatalog catalog, GitBaselines git) {
    this(classLoader, catalog, git, PolicySections::keys);
  }

  PolicyLoader(
      ClassLoader classLoader,
      RuleCatalog catalog,
      GitBaselines git,
      Function<String, Optional<Set<String>>> sectionKeys) {
    this.classLoader = classLoader;
    this.catalog = catalog;
    this.git = git;
    this.sectionKeys = sectionKeys;
  }

  /**
   * Loads the policy for the repository at {@code repoRoot}: {@code config} when given, else {@code
   * trellis.yml} at the root, else the default baseline.
   *
   * @throws ConfigException with every problem found
   */
  public EffectivePolicy load(Path repoRoot, Optional<Path> config) {
    return load(repoRoot, config, Optional.empty());
  }

  /**
   * Loads the policy of a repository read at a commit: {@code config} when given, else {@code
   * committed} (the {@code trellis.yml} the commit holds, if any), else the default baseline.
   * Relative {@code file:} references in the committed file start at {@code repoRoot}.
   */
  public EffectivePolicy loadCommitted(
      Path repoRoot, Optional<Path> config, Optional<String> committed) {
    return load(repoRoot, config, config.isPresent() ? Optional.empty() : committed);
  }

  private EffectivePolicy load(
      Path repoRoot, Optional<Path> config, Optional<String> committedText) {
    Path root = repoRoot.toAbsolutePath().normalize();
    List<ConfigProblem> problems = new ArrayList<>();
    Path file =
        config.map(c -> c.isAbsolute() ? c : root.resolve(c)).orElse(root.resolve(REPO_FILE));
    List<Parsed> chain = new ArrayList<>();
    Optional<String> repoFile = Optional.empty();
    Source start;
    if (committedText.isPresent()) {
      repoFile = Optional.of(REPO_FILE);
      start = Source.committed(file, REPO_FILE, committedText.get());
    } else if (Files.isRegularFile(file)) {
      String shown = display(root, file);
      repoFile = Optional.of(shown);
      start = Source.repo(file, shown);
    } else if (config.isPresent()) {
      problems.add(
          new ConfigProblem(
              display(root, file),
              0,
              "the policy file does not exist.",
              "Check the path given with -c / trellis.config."));
      throw new ConfigException(problems);
    } else {
      start = Source.classpath(DEFAULT_BASELINE);
    }
    read(start, Optional.empty(), problems)
        .ifPresent(
            p -> collect(p, chain, new ArrayDeque<>(List.of(p.source().id())), problems, root));
    EffectivePolicy policy = merge(chain, repoFile, problems);
    if (!problems.isEmpty()) {
      List<ConfigProblem> sorted = new ArrayList<>(problems);
      sorted.sort(
          java.util.Comparator.comparing(ConfigProblem::file)
              .thenComparingInt(ConfigProblem::line));
      throw new ConfigException(sorted);
    }
    return policy;
  }

  private static String display(Path root, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(root)
        ? root.relativize(abs).toString().replace('\\', '/')
        : abs.toString();
  }

  /** Depth-first: the extended files first (in order), then the file itself. */
  private void collect(
      Parsed parsed,
      List<Parsed> chain,
      Deque<String> stack,
      List<ConfigProblem> problems,
      Path root) {
    Node ext = parsed.keys().get("extends");
    if (ext == null && parsed.source().kind() == Kind.REPO) {
      // a repository file that names no baseline follows Trellis's default one
      read(Source.classpath(DEFAULT_BASELINE), Optional.empty(), problems)
          .ifPresent(p -> addOnce(chain, p));
    } else if (ext != null) {
      if (!(ext instanceof SequenceNode) && !(ext instanceof ScalarNode)) {
        problems.add(
            new ConfigProblem(
                parsed.source().shown(),
                YamlDocument.line(ext),
                "'extends' takes a list of policy references.",
                EXTENDS_HINT));
      }
      for (Node ref : YamlDocument.items(ext)) {
        Optional<String> text = YamlDocument.scalar(ref);
        if (text.isEmpty() || text.get().isBlank()) {
          problems.add(
              new ConfigProblem(
                  parsed.source().shown(),
                  YamlDocument.line(ref),
                  "'extends' takes a list of policy references.",
                  EXTENDS_HINT));
          continue;
        }
        int line = YamlDocument.line(ref);
        Optional<Source> source =
            resolve(parsed.source(), text.get().strip(), line, problems, root);
        if (source.isEmpty()) {
          continue;
        }
        if (stack.contains(source.get().id())) {
          List<String> cycle = new ArrayList<>(stack);
          java.util.Collections.reverse(cycle);
          problems.add(
              new ConfigProblem(
                  parsed.source().shown(),
                  line,
                  "'extends' makes a cycle: "
                      + String.join(" -> ", cycle.stream().map(PolicyLoader::shortId).toList())
                      + " -> "
                      + shortId(source.get().id())
                      + ".",
                  "Remove one of the references so the chain ends."));
          continue;
        }
        Provenance from = new Provenance(parsed.source().shown(), line, "");
        Optional<Parsed> child = read(source.get(), Optional.of(from), problems);
        if (child.isPresent()) {
          stack.push(source.get().id());
          collect(child.get(), chain, stack, problems, root);
          stack.pop();
        }
      }
    }
    addOnce(chain, parsed);
  }

  private static String shortId(String id) {
    int slash = id.lastIndexOf('/');
    return id.startsWith("/") && slash >= 0 ? id.substring(slash + 1) : id;
  }

  /** A baseline reached twice (a diamond) is merged once, where it is first reached. */
  private static void addOnce(List<Parsed> chain, Parsed p) {
    if (chain.stream().noneMatch(c -> c.source().id().equals(p.source().id()))) {
      chain.add(p);
    }
  }

  private Optional<Source> resolve(
      Source from, String ref, int line, List<ConfigProblem> problems, Path root) {
    if (ref.startsWith("classpath:")) {
      return Optional.of(Source.classpath(ref));
    }
    if (ref.startsWith("git:")) {
      Optional<GitBaselines.Spec> spec = GitBaselines.Spec.parse(ref);
      if (spec.isEmpty()) {
        problems.add(
            new ConfigProblem(
                from.shown(),
                line,
                "'" + ref + "' is not a git baseline reference.",
                "Write git:URL#REF:PATH, for example"
                    + " git:../standards#v3:baseline.yml or git:file:///srv/standards.git#v3:baseline.yml."));
        return Optional.empty();
      }
      return fetch(from, spec.get(), line, problems);
    }
    if (!ref.startsWith("file:")
        && ref.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*")
        && ref.length() > 2) {
      problems.add(
          new ConfigProblem(
              from.shown(), line, "unknown kind of policy reference '" + ref + "'.", EXTENDS_HINT));
      return Optional.empty();
    }
    String path = ref.startsWith("file:") ? ref.substring("file:".length()) : ref;
    if (from.kind() == Kind.GIT) {
      GitBaselines.Spec base = from.git().orElseThrow();
      String joined = Path.of(base.path()).resolveSibling(path).normalize().toString();
      return fetch(
          from,
          new GitBaselines.Spec(base.url(), from.commit().orElse(base.ref()), joined),
          line,
          problems);
    }
    if (from.path().isEmpty()) {
      problems.add(
          new ConfigProblem(
              from.shown(),
              line,
              "a policy from the classpath cannot extend a file ('" + ref + "').",
              "Use classpath: references inside a baseline jar."));
      return Optional.empty();
    }
    Path target = from.path().get().toAbsolutePath().getParent().resolve(path).normalize();
    if (!Files.isRegularFile(target)) {
      problems.add(
          new ConfigProblem(
              from.shown(),
              line,
              "the policy '" + ref + "' does not exist (looked for " + target + ").",
              "Check the path; relative paths start at the folder of the file that extends them."));
      return Optional.empty();
    }
    String shown = root.relativize(target).toString().replace('\\', '/');
    return Optional.of(Source.file(target, shown));
  }

  private Optional<Source> fetch(
      Source from, GitBaselines.Spec spec, int line, List<ConfigProblem> problems) {
    Path base = from.path().map(p -> p.toAbsolutePath().getParent()).orElse(Path.of(""));
    try {
      GitBaselines.Fetched fetched = git.fetch(spec, base);
      return Optional.of(Source.git(spec, fetched));
    } catch (GitBaselines.GitBaselineException e) {
      problems.add(new ConfigProblem(from.shown(), line, e.getMessage(), e.hint()));
      return Optional.empty();
    }
  }

  private Optional<Parsed> read(
      Source source, Optional<Provenance> referencedFrom, List<ConfigProblem> problems) {
    String text;
    try {
      if (source.text().isPresent()) {
        text = source.text().get();
      } else if (source.path().isPresent()) {
        long size = Files.size(source.path().get());
        if (size > YamlDocument.MAX_CODE_POINTS) {
          problems.add(tooLarge(source.shown(), size));
          return Optional.empty();
        }
        Optional<String> decoded = utf8(Files.readAllBytes(source.path().get()), source, problems);
        if (decoded.isEmpty()) {
          return Optional.empty();
        }
        text = decoded.get();
      } else {
        String resource = source.id().substring("classpath:".length());
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
          if (in == null) {
            problems.add(
                new ConfigProblem(
                    referencedFrom.map(Provenance::file).orElse(source.shown()),
                    referencedFrom.map(Provenance::line).orElse(0),
                    "no resource '" + resource + "' on the classpath.",
                    "Add the baseline jar to the plugin's <dependencies> or the CLI's --rules-path."));
            return Optional.empty();
          }
          byte[] bytes = in.readNBytes(YamlDocument.MAX_CODE_POINTS + 1);
          if (bytes.length > YamlDocument.MAX_CODE_POINTS) {
            problems.add(tooLarge(source.shown(), bytes.length));
            return Optional.empty();
          }
          text = new String(bytes, StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      problems.add(
          new ConfigProblem(
              source.shown(),
              0,
              "cannot read the policy: " + e.getMessage() + ".",
              "Check that the file is readable."));
      return Optional.empty();
    }
    YamlDocument.Result result = YamlDocument.parse(source.shown(), text);
    problems.addAll(result.problems());
    if (result.root().isEmpty()) {
      if (result.problems().isEmpty()) {
        return Optional.of(new Parsed(source, Map.of(), Map.of(), referencedFrom));
      }
      return Optional.empty();
    }
    Node root = result.root().get();
    if (!(root instanceof MappingNode)) {
      problems.add(
          new ConfigProblem(
              source.shown(),
              YamlDocument.line(root),
              "a policy file is a mapping of keys (name, extends, rules, ...), not a "
                  + kindOf(root)
                  + ".",
              "Start with 'rules:' or 'extends:' at the beginning of a line; see docs/policy.md."));
      return Optional.empty();
    }
    Map<String, Node> keys = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    Set<String> known = new LinkedHashSet<>(TOP_LEVEL_KEYS);
    known.addAll(SECTIONS);
    for (NodeTuple t : YamlDocument.entries(root)) {
      String key = YamlDocument.scalar(t.getKeyNode()).orElse("");
      if (!known.contains(key)) {
        problems.add(
            new ConfigProblem(
                source.shown(),
                YamlDocument.line(t.getKeyNode()),
                "unknown key '" + key + "'.",
                Suggest.didYouMean(key, known)));
        continue;
      }
      keys.put(key, t.getValueNode());
      lines.put(key, YamlDocument.line(t.getKeyNode()));
    }
    return Optional.of(new Parsed(source, keys, lines, referencedFrom));
  }

  /**
   * {@code bytes} as UTF-8 text; a file in another encoding (Latin-1 from an old editor) is a
   * problem at the line of its first byte that is not UTF-8, instead of a decoder's "Input length =
   * 1".
   */
  private static Optional<String> utf8(byte[] bytes, Source source, List<ConfigProblem> problems) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(in).toString());
    } catch (CharacterCodingException e) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      problems.add(
          new ConfigProblem(
              source.shown(),
              line,
              "this line holds bytes that are not UTF-8 text (the file was saved in another"
                  + " encoding).",
              "Save the file as UTF-8."));
      return Optional.empty();
    }
  }

  private static ConfigProblem tooLarge(String shown, long size) {
    return new ConfigProblem(
        shown,
        0,
        "the policy is " + size + " bytes; the limit is " + YamlDocument.MAX_CODE_POINTS + ".",
        "Split it, or extend a baseline instead of copying it.");
  }

  static String kindOf(Node node) {
    if (node instanceof SequenceNode) {
      return "list";
    }
    if (node instanceof MappingNode) {
      return "mapping";
    }
    return "single value";
  }

  // ---------------------------------------------------------------- merging

  /** The state of the merge as it walks the chain. */
  private final class Merge {
    final List<ConfigProblem> problems;
    final List<BaselineRef> baselines = new ArrayList<>();
    final Map<String, RuleSetting> rules = new TreeMap<>();
    final Map<String, Map<String, Object>> sections = new TreeMap<>();
    final Set<String> teams = new LinkedHashSet<>();
    final Map<String, Rule> declared = new LinkedHashMap<>();
    final Map<String, Provenance> locked = new TreeMap<>();
    final List<Deviation> deviations = new ArrayList<>();
    final List<Waiver> waivers = new ArrayList<>();
    Integer maxDays;
    Provenance maxDaysFrom;

    /** Where the baselines' exclusions were last set, for the repository's deviation from them. */
    Provenance excludedFrom;

    /** The last baseline read before the repository's own file. */
    Provenance lastBaseline;

    Merge(List<ConfigProblem> problems) {
      this.problems = problems;
    }

    void problem(Parsed p, Node at, String message, String hint) {
      problems.add(new ConfigProblem(p.source().shown(), YamlDocument.line(at), message, hint));
    }
  }

  private EffectivePolicy merge(
      List<Parsed> chain, Optional<String> repoFile, List<ConfigProblem> problems) {
    Merge m = new Merge(problems);
    Map<String, RuleSetting> baseline = Map.of();
    for (Parsed p : chain) {
      boolean isRepo = p.source().kind() == Kind.REPO;
      String label = header(m, p);
      teams(m, p);
      sections(m, p);
      files(m, p, label, isRepo, isRepo && chain.size() > 1);
      waiverPolicy(m, p, isRepo);
      if (isRepo) {
        baseline = new TreeMap<>(m.rules);
      }
      List<RuleEntry> entries = entries(m, p, "rules", label, false);
      List<RuleEntry> deviationEntries = entries(m, p, "deviations", label, true);
      // after the entries, so that a file can lock the declarative rules it declares
      locked(m, p);
      if (isRepo) {
        for (RuleEntry e : entries) {
          applyRepo(m, e, baseline);
        }
        for (RuleEntry e : deviationEntries) {
          applyRepo(m, e, baseline);
        }
        waivers(m, p);
      } else {
        for (RuleEntry e : entries) {
          apply(m, e, e.levelNode().isPresent(), e.options().keySet());
        }
        for (String key : List.of("deviations", "waivers")) {
          if (p.keys().containsKey(key)) {
            m.problems.add(
                new ConfigProblem(
                    p.source().shown(),
                    p.lines().get(key),
                    "'" + key + "' belongs in a repository's own trellis.yml, not in a baseline.",
                    "A baseline sets rules and locks them; repositories depart from it."));
          }
        }
      }
    }
    m.deviations.sort(
        java.util.Comparator.comparing(Deviation::ruleId).thenComparing(Deviation::setting));
    return new EffectivePolicy(
        m.baselines,
        repoFile,
        m.rules,
        List.copyOf(m.teams),
        m.sections,
        List.copyOf(m.declared.values()),
        catalog.with(m.declared.values()),
        m.locked,
        m.deviations,
        m.waivers,
        m.maxDays == null ? OptionalInt.empty() : OptionalInt.of(m.maxDays));
  }

  /** Reads name, version and latest; records the baseline; returns its label for provenance. */
  private String header(Merge m, Parsed p) {
    String name = scalarKey(m, p, "name");
    String version = scalarKey(m, p, "version");
    String latest = scalarKey(m, p, "latest");
    Source s = p.source();
    m.baselines.add(
        new BaselineRef(
            name.isEmpty() ? s.shown() : name,
            version,
            s.id(),
            latest,
            s.commit(),
            s.pinned(),
            p.referencedFrom()));
    return name.isEmpty() ? "" : name + (version.isEmpty() ? "" : " v" + version);
  }

  private static String scalarKey(Merge m, Parsed p, String key) {
    Node n = p.keys().get(key);
    if (n == null) {
      return "";
    }
    Optional<String> v = YamlDocument.scalar(n);
    if (v.isEmpty()) {
      m.problem(
          p,
          n,
          "'" + key + "' takes a single value, not a " + kindOf(n) + ".",
          "For example: " + key + ": 3");
      return "";
    }
    return v.get().strip();
  }

  private static void teams(Merge m, Parsed p) {
    Node n = p.keys().get("teams");
    if (n == null) {
      return;
    }
    for (Node item :
        sequence(
            m,
            p,
            n,
            "'teams' takes a list of team handles",
            "For example: teams: [\"@acme/payments\", \"@acme/platform\"]")) {
      Optional<String> t = YamlDocument.scalar(item);
      if (t.isEmpty() || t.get().isBlank()) {
        m.problem(p, item, "a team is a handle such as '@acme/payments'.", "");
      } else {
        m.teams.add(t.get().strip());
      }
    }
  }

  private void sections(Merge m, Parsed p) {
    for (String section : SECTIONS) {
      Node n = p.keys().get(section);
      if (n == null) {
        continue;
      }
      if (!(n instanceof MappingNode)) {
        m.problem(
            p,
            n,
            "'" + section + "' takes a mapping of settings, not a " + kindOf(n) + ".",
            "For example: " + section + ": { key: value }");
        continue;
      }
      Optional<Set<String>> allowed = sectionKeys.apply(section);
      Map<String, Object> merged = new LinkedHashMap<>(m.sections.getOrDefault(section, Map.of()));
      for (NodeTuple t : YamlDocument.entries(n)) {
        String key = YamlDocument.scalar(t.getKeyNode()).orElse("");
        if (allowed.isPresent() && !allowed.get().contains(key)) {
          m.problem(
              p,
              t.getKeyNode(),
              "unknown key '" + key + "' in '" + section + "'.",
              Suggest.didYouMean(key, allowed.get()));
          continue;
        }
        Object value = YamlDocument.plain(t.getValueNode());
        merged.put(key, value);
      }
      m.sections.put(section, merged);
    }
  }

  private void locked(Merge m, Parsed p) {
    Node n = p.keys().get("locked");
    if (n == null) {
      return;
    }
    String label = labelOf(m);
    for (Node item :
        sequence(
            m,
            p,
            n,
            "'locked' takes a list of rule ids",
            "For example: locked: [codeowners/present]")) {
      Optional<String> raw = YamlDocument.scalar(item);
      Optional<String> id =
          raw.flatMap(this::resolveId).or(() -> raw.filter(m.declared::containsKey));
      if (id.isEmpty()) {
        m.problem(
            p,
            item,
            "unknown rule '" + raw.orElse("") + "' in 'locked'.",
            Suggest.didYouMean(raw.orElse(""), catalog.ids()));
        continue;
      }
      m.locked.putIfAbsent(
          id.get(), new Provenance(p.source().shown(), YamlDocument.line(item), label));
    }
  }

  /**
   * The items of a sequence, or none after recording that {@code n} is not one ({@code expected}
   * names the key and what it takes).
   */
  private static List<Node> sequence(Merge m, Parsed p, Node n, String expected, String hint) {
    if (n instanceof SequenceNode) {
      return YamlDocument.items(n);
    }
    m.problem(p, n, expected + ", not a " + kindOf(n) + ".", hint);
    return List.of();
  }

  /**
   * {@code files: { exclude: [globs], reason: "..." }}: paths hidden from every signal and rule.
   * The exclusions of every file in the chain add up. Kept with the signal settings as section
   * {@code files}, which is where the engine reads it. Globs the repository's own file adds to
   * those of its baselines hide files from the baselines' rules, so they are a deviation: explained
   * by {@code reason}, or reported as unexplained.
   */
  private static void files(
      Merge m, Parsed p, String label, boolean isRepo, boolean departsFromBaseline) {
    Node n = p.keys().get("files");
    if (!departsFromBaseline) {
      m.lastBaseline = new Provenance(p.source().shown(), 0, label);
    }
    if (n == null) {
      return;
    }
    if (!(n instanceof MappingNode)) {
      m.problem(p, n, "'files' takes a mapping, not a " + kindOf(n) + ".", FILES_EXAMPLE);
      return;
    }
    List<Object> before = new ArrayList<>();
    if (m.sections.getOrDefault("files", Map.of()).get("exclude") instanceof List<?> inherited) {
      before.addAll(inherited);
    }
    List<Object> excluded = new ArrayList<>(before);
    List<String> added = new ArrayList<>();
    Node excludeNode = n;
    Optional<String> reason = Optional.empty();
    for (NodeTuple t : YamlDocument.entries(n)) {
      String key = YamlDocument.scalar(t.getKeyNode()).orElse("");
      if (key.equals("reason")) {
        reason = YamlDocument.scalar(t.getValueNode()).map(String::strip).filter(r -> !r.isEmpty());
        if (!isRepo) {
          m.problem(
              p,
              t.getKeyNode(),
              "'files.reason' belongs in a repository's own trellis.yml, not in a baseline.",
              "A baseline's exclusions apply as they are; a repository says why it hides more.");
        } else if (reason.isEmpty()) {
          m.problem(
              p,
              t.getValueNode(),
              "'files.reason' takes a sentence saying why these paths are hidden from the rules.",
              FILES_EXAMPLE);
        }
        continue;
      }
      if (!key.equals("exclude")) {
        m.problem(
            p,
            t.getKeyNode(),
            "unknown key '" + key + "' in 'files'.",
            Suggest.didYouMean(key, List.of("exclude", "reason")));
        continue;
      }
      excludeNode = t.getValueNode();
      for (Node item :
          sequence(
              m,
              p,
              t.getValueNode(),
              "'files.exclude' takes a list of path globs",
              FILES_EXAMPLE)) {
        Optional<String> glob = YamlDocument.scalar(item).filter(g -> !g.isBlank());
        if (glob.isEmpty()) {
          m.problem(p, item, "a path glob such as 'vendor/**' is expected here.", FILES_EXAMPLE);
        } else if (!excluded.contains(glob.get().strip())) {
          excluded.add(glob.get().strip());
          added.add(glob.get().strip());
        }
      }
    }
    m.sections.put("files", Map.of("exclude", List.copyOf(excluded)));
    Provenance here = new Provenance(p.source().shown(), YamlDocument.line(excludeNode), label);
    if (!departsFromBaseline) {
      m.excludedFrom = here;
    } else if (!added.isEmpty()) {
      m.deviations.add(
          new Deviation(
              FILES_DEVIATION,
              "exclude",
              PolicyValues.show(before),
              m.excludedFrom != null
                  ? m.excludedFrom
                  : m.lastBaseline != null ? m.lastBaseline : Provenance.DEFAULT,
              PolicyValues.show(added),
              here,
              reason,
              reason.isPresent() ? Deviation.Kind.EXPLAINED : Deviation.Kind.UNEXPLAINED));
    }
  }

  /** The subject of the deviation a repository's own {@code files.exclude} makes. */
  public static final String FILES_DEVIATION = "files";

  private static final String FILES_EXAMPLE =
      "For example: files: { exclude: [\"**/src/test/resources/fixtures/**\"], reason: \"fixtures"
          + " break the rules on purpose\" }";

  private static String labelOf(Merge m) {
    BaselineRef last = m.baselines.get(m.baselines.size() - 1);
    return last.name().equals(last.source()) ? "" : last.toString();
  }

  private static void waiverPolicy(Merge m, Parsed p, boolean isRepo) {
    Node n = p.keys().get("waiverPolicy");
    if (n == null) {
      return;
    }
    if (!(n instanceof MappingNode)) {
      m.problem(
          p,
          n,
          "'waiverPolicy' takes a mapping, not a " + kindOf(n) + ".",
          "For example: waiverPolicy: { maxDays: 180 }");
      return;
    }
    for (NodeTuple t : YamlDocument.entries(n)) {
      String key = YamlDocument.scalar(t.getKeyNode()).orElse("");
      if (!key.equals("maxDays")) {
        m.problem(
            p,
            t.getKeyNode(),
            "unknown key '" + key + "' in 'waiverPolicy'.",
            Suggest.didYouMean(key, List.of("maxDays")));
        continue;
      }
      Object v = YamlDocument.plain(t.getValueNode());
      if (!(v instanceof Long days) || days < 1 || days > 100_000) {
        m.problem(
            p,
            t.getValueNode(),
            "'maxDays' takes a whole number of days, not '" + v + "'.",
            "For example: waiverPolicy: { maxDays: 180 }");
        continue;
      }
      Provenance here = new Provenance(p.source().shown(), YamlDocument.line(t.getValueNode()), "");
      if (isRepo && m.maxDays != null && days > m.maxDays) {
        m.problem(
            p,
            t.getValueNode(),
            "waiverPolicy.maxDays "
                + days
                + " is looser than the baseline's "
                + m.maxDays
                + " ("
                + m.maxDaysFrom
                + "); a repository may only shorten it.",
            "Remove it, or set at most " + m.maxDays + ".");
        continue;
      }
      m.maxDays = days.intValue();
      m.maxDaysFrom = here;
    }
  }

  /** One entry under {@code rules:} or {@code deviations:}, parsed and validated. */
  private record RuleEntry(
      String id,
      RuleInfo info,
      Provenance at,
      Optional<Node> levelNode,
      Optional<Level> level,
      Provenance levelAt,
      Map<String, Object> options,
      Map<String, Provenance> optionsAt,
      Optional<String> reason,
      boolean deviation) {}

  private List<RuleEntry> entries(Merge m, Parsed p, String key, String label, boolean deviation) {
    Node node = p.keys().get(key);
    List<RuleEntry> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (YamlDocument.scalar(node).filter(String::isEmpty).isPresent()) {
      return out; // "rules:" with nothing under it
    }
    if (!(node instanceof MappingNode)) {
      m.problem(
          p,
          node,
          "'"
              + key
              + "' takes a mapping of rule id to level or settings, not a "
              + kindOf(node)
              + ".",
          "For example:  codeowners/present: error");
      return out;
    }
    String file = p.source().shown();
    for (NodeTuple t : YamlDocument.entries(node)) {
      String rawId = YamlDocument.scalar(t.getKeyNode()).orElse("");
      int line = YamlDocument.line(t.getKeyNode());
      Provenance here = new Provenance(file, line, label);
      Node value = t.getValueNode();
      Map<String, Node> fields = new LinkedHashMap<>();
      for (NodeTuple f : YamlDocument.entries(value)) {
        fields.put(YamlDocument.scalar(f.getKeyNode()).orElse(""), f.getValueNode());
      }
      if (fields.containsKey("type")) {
        if (deviation) {
          m.problem(
              p,
              t.getKeyNode(),
              "'deviations' cannot declare a rule ('" + rawId + "' has a 'type').",
              "Declare rules under 'rules:'; 'deviations:' only departs from existing ones.");
          continue;
        }
        declarative(m, p, rawId, value, fields, here);
        continue;
      }
      Optional<String> id =
          resolveId(rawId).or(() -> Optional.of(rawId).filter(m.declared::containsKey));
      if (id.isEmpty()) {
        m.problem(
            p,
            t.getKeyNode(),
            "unknown rule '" + rawId + "'.",
            Suggest.didYouMean(rawId, catalog.ids()));
        continue;
      }
      RuleInfo info =
          m.declared.containsKey(id.get())
              ? m.declared.get(id.get()).info()
              : catalog.info(id.get()).orElseThrow();
      Optional<Node> levelNode = Optional.empty();
      Optional<Level> level = Optional.empty();
      Provenance levelAt = here;
      Map<String, Object> options = new TreeMap<>();
      Map<String, Provenance> optionsAt = new TreeMap<>();
      Optional<String> reason = Optional.empty();
      boolean ok = true;
      if (value instanceof ScalarNode) {
        levelNode = Optional.of(value);
        level = parseLevel(m, p, value);
        ok = level.isPresent();
      } else if (value instanceof MappingNode) {
        for (NodeTuple f : YamlDocument.entries(value)) {
          String name = YamlDocument.scalar(f.getKeyNode()).orElse("");
          Node v = f.getValueNode();
          Provenance at = new Provenance(file, YamlDocument.line(f.getKeyNode()), label);
          if (name.equals("level")) {
            levelNode = Optional.of(v);
            level = parseLevel(m, p, v);
            levelAt = at;
            ok &= level.isPresent();
            continue;
          }
          if (name.equals("reason")) {
            if (!deviation) {
              m.problem(
                  p,
                  f.getKeyNode(),
                  "'reason' belongs under 'deviations:', not 'rules:' (rule '" + id.get() + "').",
                  "Move '" + id.get() + "' under 'deviations:' to explain why it departs.");
              ok = false;
            } else if (YamlDocument.scalar(v).isEmpty()) {
              m.problem(p, v, "'reason' takes a sentence, not a " + kindOf(v) + ".", "");
              ok = false;
            } else {
              reason = YamlDocument.scalar(v).map(String::strip).filter(s -> !s.isEmpty());
            }
            continue;
          }
          Optional<OptionSpec> spec = info.option(name);
          if (spec.isEmpty()) {
            List<String> known = new ArrayList<>(List.of("level"));
            if (deviation) {
              known.add("reason");
            }
            info.options().forEach(o -> known.add(o.name()));
            m.problem(
                p,
                f.getKeyNode(),
                "rule '" + id.get() + "' has no option '" + name + "'.",
                info.options().isEmpty() && !deviation
                    ? "It takes only 'level'."
                    : Suggest.didYouMean(name, known));
            ok = false;
            continue;
          }
          Object plain = YamlDocument.plain(v);
          Optional<Object> checked = OptionValues.validate(spec.get(), plain);
          if (checked.isEmpty()) {
            m.problem(
                p,
                v,
                "option '"
                    + name
                    + "' of rule '"
                    + id.get()
                    + "' takes a "
                    + spec.get().type().id()
                    + ", not "
                    + (v instanceof ScalarNode ? "'" + plain + "'" : "a " + kindOf(v))
                    + ".",
                "The default is " + PolicyValues.show(spec.get().defaultValue()) + ".");
            ok = false;
            continue;
          }
          options.put(name, checked.get());
          optionsAt.put(name, at);
        }
      } else {
        m.problem(
            p,
            value,
            "rule '"
                + rawId
                + "' takes a level (error, warn, info, off) or a mapping with 'level' and options,"
                + " not a "
                + kindOf(value)
                + ".",
            "For example:  " + rawId + ": { level: warn }");
        continue;
      }
      if (ok) {
        out.add(
            new RuleEntry(
                id.get(), info, here, levelNode, level, levelAt, options, optionsAt, reason,
                deviation));
      }
    }
    return out;
  }

  private void declarative(
      Merge m, Parsed p, String rawId, Node value, Map<String, Node> fields, Provenance here) {
    Optional<Rule> rule =
        DeclarativeRules.create(
            rawId,
            value,
            p.source().shown(),
            p.source().kind() == Kind.REPO,
            here.line(),
            m.problems);
    if (rule.isEmpty()) {
      return;
    }
    if (catalog.resolve(rawId).isPresent()) {
      m.problem(
          p,
          value,
          "'" + rawId + "' is already a rule; a declarative rule needs a new id.",
          "Name it in your own area, for example acme/"
              + rawId.substring(rawId.indexOf('/') + 1)
              + ".");
      return;
    }
    m.declared.put(rule.get().info().id(), rule.get());
    Level level = rule.get().info().defaultLevel();
    Provenance levelAt = here;
    if (fields.containsKey("level")) {
      Optional<Level> l = parseLevel(m, p, fields.get("level"));
      if (l.isPresent()) {
        level = l.get();
        levelAt =
            new Provenance(here.file(), YamlDocument.line(fields.get("level")), here.policy());
      }
    }
    m.rules.put(rawId, new RuleSetting(rawId, level, levelAt, Map.of(), Map.of()));
  }

  private Optional<String> resolveId(String raw) {
    return catalog.resolve(raw);
  }

  /** Applies a baseline entry (or the parts of a repository entry that are allowed). */
  private static void apply(Merge m, RuleEntry e, boolean setLevel, Set<String> optionNames) {
    RuleSetting previous = m.rules.get(e.id());
    Level level = previous == null ? e.info().defaultLevel() : previous.level();
    Provenance levelFrom = previous == null ? e.at() : previous.levelFrom();
    if (setLevel && e.level().isPresent()) {
      level = e.level().get();
      levelFrom = e.levelAt();
    }
    Map<String, Object> options = new TreeMap<>(previous == null ? Map.of() : previous.options());
    Map<String, Provenance> optionsFrom =
        new TreeMap<>(previous == null ? Map.of() : previous.optionsFrom());
    for (String name : optionNames) {
      options.put(name, e.options().get(name));
      optionsFrom.put(name, e.optionsAt().get(name));
    }
    m.rules.put(e.id(), new RuleSetting(e.id(), level, levelFrom, options, optionsFrom));
  }

  /**
   * Applies an entry of the repository's own file, comparing it with the merged baseline: each
   * weakened setting is a deviation, and is not applied when the rule is locked.
   */
  private static void applyRepo(Merge m, RuleEntry e, Map<String, RuleSetting> baseline) {
    RuleSetting base = baseline.get(e.id());
    if (base == null && PolicyChecks.isPolicyCheck(e.id())) {
      base =
          new RuleSetting(e.id(), e.info().defaultLevel(), Provenance.DEFAULT, Map.of(), Map.of());
    }
    Provenance lockedAt = m.locked.get(e.id());
    boolean locked = lockedAt != null || PolicyChecks.IMPLICITLY_LOCKED.contains(e.id());
    boolean setLevel = e.level().isPresent();
    Set<String> optionNames = new LinkedHashSet<>(e.options().keySet());
    if (base != null) {
      if (e.level().isPresent() && e.level().get().compareTo(base.level()) < 0) {
        setLevel &= !locked;
        m.deviations.add(
            deviation(
                e,
                "level",
                base.level().id(),
                base.levelFrom(),
                e.level().get().id(),
                e.levelAt(),
                locked));
      }
      for (Map.Entry<String, Object> o : e.options().entrySet()) {
        OptionSpec spec = e.info().option(o.getKey()).orElseThrow();
        Object current = base.options().getOrDefault(o.getKey(), spec.defaultValue());
        if (PolicyValues.looser(spec, current, o.getValue())) {
          if (locked) {
            optionNames.remove(o.getKey());
          }
          m.deviations.add(
              deviation(
                  e,
                  o.getKey(),
                  PolicyValues.show(current),
                  base.optionsFrom().getOrDefault(o.getKey(), Provenance.DEFAULT),
                  PolicyValues.show(o.getValue()),
                  e.optionsAt().get(o.getKey()),
                  locked));
        }
      }
    }
    apply(m, e, setLevel, optionNames);
  }

  private static Deviation deviation(
      RuleEntry e,
      String setting,
      String baseValue,
      Provenance baseFrom,
      String repoValue,
      Provenance repoAt,
      boolean locked) {
    Deviation.Kind kind =
        locked
            ? Deviation.Kind.LOCKED
            : e.reason().isPresent() ? Deviation.Kind.EXPLAINED : Deviation.Kind.UNEXPLAINED;
    return new Deviation(e.id(), setting, baseValue, baseFrom, repoValue, repoAt, e.reason(), kind);
  }

  private void waivers(Merge m, Parsed p) {
    Node n = p.keys().get("waivers");
    if (n == null || YamlDocument.scalar(n).filter(String::isEmpty).isPresent()) {
      return;
    }
    if (!(n instanceof SequenceNode)) {
      m.problem(
          p,
          n,
          "'waivers' takes a list of waivers, not a " + kindOf(n) + ".",
          "Each waiver is a mapping with rule, paths, reason, owner and expires.");
      return;
    }
    for (Node item : YamlDocument.items(n)) {
      waiver(m, p, item).ifPresent(m.waivers::add);
    }
  }

  private Optional<Waiver> waiver(Merge m, Parsed p, Node item) {
    if (!(item instanceof MappingNode)) {
      m.problem(
          p,
          item,
          "a waiver is a mapping with rule, paths, reason, owner and expires, not a "
              + kindOf(item)
              + ".",
          "For example: - { rule: codeowners/coverage, paths: [\"legacy/**\"], reason: \"...\","
              + " owner: \"@acme/payments\", expires: 2027-03-31 }");
      return Optional.empty();
    }
    Map<String, Node> fields = new LinkedHashMap<>();
    boolean ok = true;
    for (NodeTuple t : YamlDocument.entries(item)) {
      String key = YamlDocument.scalar(t.getKeyNode()).orElse("");
      if (!WAIVER_KEYS.contains(key)) {
        m.problem(
            p,
            t.getKeyNode(),
            "unknown key '" + key + "' in a waiver.",
            Suggest.didYouMean(key, WAIVER_KEYS));
        ok = false;
        continue;
      }
      fields.put(key, t.getValueNode());
    }
    for (String key : WAIVER_KEYS) {
      if (!fields.containsKey(key)) {
        m.problem(
            p,
            item,
            "the waiver has no '" + key + "'.",
            "Every waiver names rule, paths, reason, owner and expires.");
        ok = false;
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    String rawRule = YamlDocument.scalar(fields.get("rule")).orElse("");
    Optional<String> rule =
        resolveId(rawRule).or(() -> Optional.of(rawRule).filter(m.declared::containsKey));
    if (rule.isEmpty()) {
      m.problem(
          p,
          fields.get("rule"),
          "unknown rule '" + rawRule + "' in a waiver.",
          Suggest.didYouMean(rawRule, catalog.ids()));
      ok = false;
    } else if (PolicyChecks.isPolicyCheck(rule.get())) {
      m.problem(
          p,
          fields.get("rule"),
          "findings of '" + rule.get() + "' cannot be waived.",
          "They are about this policy file itself: fix the file instead.");
      ok = false;
    }
    List<String> paths = new ArrayList<>();
    Node pathsNode = fields.get("paths");
    for (Node g : YamlDocument.items(pathsNode)) {
      YamlDocument.scalar(g).filter(s -> !s.isBlank()).ifPresent(s -> paths.add(s.strip()));
    }
    if (paths.isEmpty() || paths.size() != YamlDocument.items(pathsNode).size()) {
      m.problem(
          p,
          pathsNode,
          "'paths' takes a list of globs.",
          "For example: paths: [\"legacy/**\"]; use [\"**\"] for the whole repository.");
      ok = false;
    }
    Optional<String> reason =
        text(m, p, fields.get("reason"), "reason", "Say why the findings may stay for now.");
    Optional<String> owner =
        text(
            m,
            p,
            fields.get("owner"),
            "owner",
            "Name the team or person who answers for it, for example \"@acme/payments\".");
    Node expiresNode = fields.get("expires");
    Optional<LocalDate> expires = Optional.empty();
    String raw = YamlDocument.scalar(expiresNode).orElse("");
    try {
      expires = Optional.of(LocalDate.parse(raw.strip()));
    } catch (DateTimeParseException e) {
      m.problem(
          p,
          expiresNode,
          "'" + raw + "' is not a date.",
          "Write an ISO date, YYYY-MM-DD, for example expires: 2027-03-31.");
    }
    if (!ok || reason.isEmpty() || owner.isEmpty() || expires.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Waiver(
            rule.get(),
            paths,
            reason.get(),
            owner.get(),
            expires.get(),
            new Provenance(p.source().shown(), YamlDocument.line(item), "")));
  }

  private static Optional<String> text(Merge m, Parsed p, Node n, String key, String hint) {
    Optional<String> v = YamlDocument.scalar(n).map(String::strip).filter(s -> !s.isEmpty());
    if (v.isEmpty()) {
      m.problem(p, n, "'" + key + "' of a waiver takes some text.", hint);
    }
    return v;
  }

  private static Optional<Level> parseLevel(Merge m, Parsed p, Node node) {
    Optional<String> text = YamlDocument.scalar(node);
    Optional<Level> level = text.flatMap(Level::parse);
    if (level.isEmpty()) {
      m.problem(
          p,
          node,
          text.isPresent()
              ? "'" + text.get() + "' is not a level."
              : "a level is one word, not a " + kindOf(node) + ".",
          "Use error, warn, info or off.");
    }
    return level;
  }

  // ---------------------------------------------------------------- sources

  /** What kind of place a policy comes from. */
  enum Kind {
    REPO,
    FILE,
    CLASSPATH,
    GIT
  }

  /**
   * Where a policy comes from.
   *
   * @param id identity for cycle detection and de-duplication
   * @param shown the name problems and provenance use
   * @param path the file, for repo and file sources
   * @param git the reference, for git sources
   * @param commit the resolved commit, for git sources
   * @param pinned false for a git source that follows a branch
   * @param text the content, when already read (git)
   */
  record Source(
      Kind kind,
      String id,
      String shown,
      Optional<Path> path,
      Optional<GitBaselines.Spec> git,
      Optional<String> commit,
      boolean pinned,
      Optional<String> text) {
    static Source file(Path path, String shown) {
      return new Source(
          Kind.FILE,
          path.toAbsolutePath().normalize().toString(),
          shown,
          Optional.of(path),
          Optional.empty(),
          Optional.empty(),
          true,
          Optional.empty());
    }

    static Source repo(Path path, String shown) {
      return new Source(
          Kind.REPO,
          path.toAbsolutePath().normalize().toString(),
          shown,
          Optional.of(path),
          Optional.empty(),
          Optional.empty(),
          true,
          Optional.empty());
    }

    /** The repository file as a commit holds it; {@code path} only anchors relative extends. */
    static Source committed(Path path, String shown, String text) {
      return new Source(
          Kind.REPO,
          path.toAbsolutePath().normalize().toString(),
          shown,
          Optional.of(path),
          Optional.empty(),
          Optional.empty(),
          true,
          Optional.of(text));
    }

    static Source classpath(String ref) {
      return new Source(
          Kind.CLASSPATH,
          ref,
          ref,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          true,
          Optional.empty());
    }

    static Source git(GitBaselines.Spec spec, GitBaselines.Fetched fetched) {
      return new Source(
          Kind.GIT,
          spec.toString(),
          spec.path() + "@" + spec.ref(),
          Optional.empty(),
          Optional.of(spec),
          Optional.of(fetched.commit()),
          fetched.pinned(),
          Optional.of(fetched.text()));
    }
  }

  record Parsed(
      Source source,
      Map<String, Node> keys,
      Map<String, Integer> lines,
      Optional<Provenance> referencedFrom) {}
}
