package dev.trellis.core.policy;

import dev.trellis.core.declarative.DeclarativeRules;
import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Loads the effective policy of a repository: its {@code trellis.yml} (or Trellis's default
 * baseline when there is none), the chain it extends, merged with last-wins precedence. Every
 * mistake is a {@link ConfigProblem}; all are collected and thrown together as a {@link
 * ConfigException}.
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
          "waivers");

  /** Top-level sections that configure signals. */
  public static final Set<String> SECTIONS =
      Set.of(
          "codeowners", "adr", "postmortems", "review", "rituals", "purpose", "boundaries", "java");

  private final ClassLoader classLoader;
  private final RuleCatalog catalog;

  public PolicyLoader(ClassLoader classLoader, RuleCatalog catalog) {
    this.classLoader = classLoader;
    this.catalog = catalog;
  }

  /**
   * Loads the policy for the repository at {@code repoRoot}: {@code config} when given, else {@code
   * trellis.yml} at the root, else the default baseline.
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
    List<ConfigProblem> problems = new ArrayList<>();
    Path file =
        config
            .map(c -> c.isAbsolute() ? c : repoRoot.resolve(c))
            .orElse(repoRoot.resolve(REPO_FILE));
    List<Parsed> chain = new ArrayList<>();
    Optional<String> repoFile = Optional.empty();
    if (committedText.isPresent()) {
      repoFile = Optional.of(REPO_FILE);
      Optional<Parsed> parsed =
          read(Source.committed(file, REPO_FILE, committedText.get()), problems);
      parsed.ifPresent(
          p -> collect(p, chain, new ArrayDeque<>(List.of(p.source().id())), problems));
    } else if (Files.isRegularFile(file)) {
      String shown = display(repoRoot, file);
      repoFile = Optional.of(shown);
      Optional<Parsed> parsed = read(Source.repo(file, shown), problems);
      parsed.ifPresent(
          p -> collect(p, chain, new ArrayDeque<>(List.of(p.source().id())), problems));
    } else if (config.isPresent()) {
      problems.add(
          new ConfigProblem(
              display(repoRoot, file),
              0,
              "the policy file does not exist.",
              "Check the path given with -c / trellis.config."));
    } else {
      read(Source.classpath(DEFAULT_BASELINE), problems)
          .ifPresent(p -> collect(p, chain, new ArrayDeque<>(List.of(p.source().id())), problems));
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return merge(chain, repoFile, problems);
  }

  private static String display(Path root, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(root.toAbsolutePath().normalize())
        ? root.toAbsolutePath().normalize().relativize(abs).toString().replace('\\', '/')
        : abs.toString();
  }

  /** Depth-first: the extended files first (in order), then the file itself. */
  private void collect(
      Parsed parsed, List<Parsed> chain, Deque<String> stack, List<ConfigProblem> problems) {
    Node ext = parsed.keys().get("extends");
    List<Node> refs = ext == null ? List.of() : YamlDocument.items(ext);
    if (ext == null && parsed.source().isRepoFile()) {
      refs = null; // a repository file that names no baseline follows Trellis's default one
    }
    if (refs == null) {
      read(Source.classpath(DEFAULT_BASELINE), problems).ifPresent(p -> chain.add(p));
    } else {
      for (Node ref : refs) {
        Optional<String> text = YamlDocument.scalar(ref);
        if (text.isEmpty() || text.get().isBlank()) {
          problems.add(
              new ConfigProblem(
                  parsed.source().shown(),
                  YamlDocument.line(ref),
                  "'extends' takes a list of policy references.",
                  "Write file:PATH, classpath:RESOURCE or git:URL#REF:PATH."));
          continue;
        }
        Optional<Source> source =
            resolve(parsed.source(), text.get(), YamlDocument.line(ref), problems);
        if (source.isEmpty()) {
          continue;
        }
        if (stack.contains(source.get().id())) {
          problems.add(
              new ConfigProblem(
                  parsed.source().shown(),
                  YamlDocument.line(ref),
                  "'extends' makes a cycle: "
                      + String.join(" -> ", stack)
                      + " -> "
                      + source.get().id()
                      + ".",
                  "Remove one of the references so the chain ends."));
          continue;
        }
        Optional<Parsed> child = read(source.get(), problems);
        if (child.isPresent()) {
          stack.push(source.get().id());
          collect(child.get(), chain, stack, problems);
          stack.pop();
        }
      }
    }
    chain.add(parsed);
  }

  private Optional<Source> resolve(
      Source from, String ref, int line, List<ConfigProblem> problems) {
    if (ref.startsWith("classpath:")) {
      return Optional.of(Source.classpath(ref));
    }
    if (ref.startsWith("git:")) {
      problems.add(
          new ConfigProblem(
              from.shown(),
              line,
              "git baselines are not supported yet ('" + ref + "').",
              "Use file: or classpath: for now."));
      return Optional.empty();
    }
    String path = ref.startsWith("file:") ? ref.substring("file:".length()) : ref;
    if (from.path().isEmpty()) {
      problems.add(
          new ConfigProblem(
              from.shown(),
              line,
              "a policy from the classpath cannot extend a file ('" + ref + "').",
              "Use classpath: references inside a baseline jar."));
      return Optional.empty();
    }
    Path target = from.path().get().getParent().resolve(path).normalize();
    if (!Files.isRegularFile(target)) {
      problems.add(
          new ConfigProblem(
              from.shown(),
              line,
              "the policy '" + ref + "' does not exist (looked for " + target + ").",
              "Check the path; relative paths start at the folder of the file that extends them."));
      return Optional.empty();
    }
    return Optional.of(Source.file(target, ref));
  }

  private Optional<Parsed> read(Source source, List<ConfigProblem> problems) {
    String text;
    try {
      if (source.text().isPresent()) {
        text = source.text().get();
      } else if (source.path().isPresent()) {
        long size = Files.size(source.path().get());
        if (size > YamlDocument.MAX_CODE_POINTS) {
          problems.add(
              new ConfigProblem(
                  source.shown(),
                  0,
                  "the policy file is "
                      + size
                      + " bytes; the limit is "
                      + YamlDocument.MAX_CODE_POINTS
                      + ".",
                  "Split it, or extend a baseline instead of copying it."));
          return Optional.empty();
        }
        text = Files.readString(source.path().get(), StandardCharsets.UTF_8);
      } else {
        String resource = source.id().substring("classpath:".length());
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
          if (in == null) {
            problems.add(
                new ConfigProblem(
                    source.shown(),
                    0,
                    "no resource '" + resource + "' on the classpath.",
                    "Add the baseline jar to the plugin's <dependencies> or the CLI's --rules-path."));
            return Optional.empty();
          }
          text =
              new String(in.readNBytes(YamlDocument.MAX_CODE_POINTS + 1), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      problems.add(
          new ConfigProblem(source.shown(), 0, "cannot read the policy: " + e.getMessage(), ""));
      return Optional.empty();
    }
    YamlDocument.Result result = YamlDocument.parse(source.shown(), text);
    problems.addAll(result.problems());
    if (result.root().isEmpty()) {
      if (result.problems().isEmpty()) {
        return Optional.of(new Parsed(source, Map.of(), Map.of()));
      }
      return Optional.empty();
    }
    Node root = result.root().get();
    if (!(root instanceof org.yaml.snakeyaml.nodes.MappingNode)) {
      problems.add(
          new ConfigProblem(
              source.shown(),
              YamlDocument.line(root),
              "a policy file is a mapping of keys (name, extends, rules, ...).",
              "See docs/policy.md for the format."));
      return Optional.empty();
    }
    Map<String, Node> keys = new LinkedHashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    for (NodeTuple t : YamlDocument.entries(root)) {
      String key = YamlDocument.scalar(t.getKeyNode()).orElse("");
      if (!TOP_LEVEL_KEYS.contains(key) && !SECTIONS.contains(key)) {
        Set<String> known = new LinkedHashSet<>(TOP_LEVEL_KEYS);
        known.addAll(SECTIONS);
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
    return Optional.of(new Parsed(source, keys, lines));
  }

  private EffectivePolicy merge(
      List<Parsed> chain, Optional<String> repoFile, List<ConfigProblem> problems) {
    List<BaselineRef> baselines = new ArrayList<>();
    Map<String, RuleSetting> rules = new TreeMap<>();
    Map<String, Map<String, Object>> sections = new TreeMap<>();
    Set<String> teams = new LinkedHashSet<>();
    List<Rule> declared = new ArrayList<>();
    Map<String, Rule> declaredById = new HashMap<>();
    for (Parsed p : chain) {
      String name =
          p.keys().containsKey("name") ? YamlDocument.scalar(p.keys().get("name")).orElse("") : "";
      String version =
          p.keys().containsKey("version")
              ? YamlDocument.scalar(p.keys().get("version")).orElse("")
              : "";
      String label =
          name.isEmpty() ? p.source().shown() : name + (version.isEmpty() ? "" : " v" + version);
      baselines.add(
          new BaselineRef(name.isEmpty() ? p.source().shown() : name, version, p.source().id()));
      if (p.keys().containsKey("teams")) {
        for (Node n : YamlDocument.items(p.keys().get("teams"))) {
          YamlDocument.scalar(n).ifPresent(teams::add);
        }
      }
      for (String section : SECTIONS) {
        Node n = p.keys().get(section);
        if (n != null && YamlDocument.plain(n) instanceof Map<?, ?> m) {
          Map<String, Object> merged =
              new LinkedHashMap<>(sections.getOrDefault(section, Map.of()));
          m.forEach((k, v) -> merged.put(String.valueOf(k), v));
          sections.put(section, merged);
        } else if (n != null) {
          problems.add(
              new ConfigProblem(
                  p.source().shown(),
                  YamlDocument.line(n),
                  "'" + section + "' takes a mapping of settings.",
                  ""));
        }
      }
      Node rulesNode = p.keys().get("rules");
      if (rulesNode == null) {
        continue;
      }
      if (!(rulesNode instanceof org.yaml.snakeyaml.nodes.MappingNode)) {
        problems.add(
            new ConfigProblem(
                p.source().shown(),
                YamlDocument.line(rulesNode),
                "'rules' takes a mapping of rule id to level or settings.",
                "For example:  codeowners/present: error"));
        continue;
      }
      for (NodeTuple t : YamlDocument.entries(rulesNode)) {
        String rawId = YamlDocument.scalar(t.getKeyNode()).orElse("");
        int line = YamlDocument.line(t.getKeyNode());
        Provenance here = new Provenance(p.source().shown(), line, label);
        Node value = t.getValueNode();
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple f : YamlDocument.entries(value)) {
          fields.put(YamlDocument.scalar(f.getKeyNode()).orElse(""), f.getValueNode());
        }
        if (fields.containsKey("type")) {
          Optional<Rule> rule =
              DeclarativeRules.create(rawId, value, p.source().shown(), line, problems);
          rule.ifPresent(
              r -> {
                declaredById.put(r.info().id(), r);
              });
          if (rule.isEmpty()) {
            continue;
          }
          Level level =
              fields.containsKey("level")
                  ? parseLevel(fields.get("level"), p, problems)
                      .orElse(rule.get().info().defaultLevel())
                  : rule.get().info().defaultLevel();
          rules.put(rawId, new RuleSetting(rawId, level, here, Map.of(), Map.of()));
          continue;
        }
        Optional<String> id = catalog.resolve(rawId);
        if (id.isEmpty() && declaredById.containsKey(rawId)) {
          id = Optional.of(rawId);
        }
        if (id.isEmpty()) {
          problems.add(
              new ConfigProblem(
                  p.source().shown(),
                  line,
                  "unknown rule '" + rawId + "'.",
                  Suggest.didYouMean(rawId, catalog.ids())));
          continue;
        }
        RuleInfo info =
            declaredById.containsKey(id.get())
                ? declaredById.get(id.get()).info()
                : catalog.rule(id.get()).orElseThrow().info();
        RuleSetting previous = rules.get(id.get());
        Level level = previous == null ? info.defaultLevel() : previous.level();
        Provenance levelFrom = previous == null ? here : previous.levelFrom();
        Map<String, Object> options =
            new TreeMap<>(previous == null ? Map.of() : previous.options());
        Map<String, Provenance> optionsFrom =
            new TreeMap<>(previous == null ? Map.of() : previous.optionsFrom());
        if (YamlDocument.scalar(value).isPresent()) {
          Optional<Level> l = parseLevel(value, p, problems);
          if (l.isPresent()) {
            level = l.get();
            levelFrom = here;
          }
        } else if (value instanceof org.yaml.snakeyaml.nodes.MappingNode) {
          for (Map.Entry<String, Node> f : fields.entrySet()) {
            int fline = YamlDocument.line(f.getValue());
            if (f.getKey().equals("level")) {
              Optional<Level> l = parseLevel(f.getValue(), p, problems);
              if (l.isPresent()) {
                level = l.get();
                levelFrom = new Provenance(p.source().shown(), fline, label);
              }
              continue;
            }
            Optional<OptionSpec> spec = info.option(f.getKey());
            if (spec.isEmpty()) {
              problems.add(
                  new ConfigProblem(
                      p.source().shown(),
                      fline,
                      "rule '" + id.get() + "' has no option '" + f.getKey() + "'.",
                      info.options().isEmpty()
                          ? "It takes only 'level'."
                          : Suggest.didYouMean(
                              f.getKey(), info.options().stream().map(OptionSpec::name).toList())));
              continue;
            }
            Optional<Object> v =
                OptionValues.validate(spec.get(), YamlDocument.plain(f.getValue()));
            if (v.isEmpty()) {
              problems.add(
                  new ConfigProblem(
                      p.source().shown(),
                      fline,
                      "option '"
                          + f.getKey()
                          + "' of rule '"
                          + id.get()
                          + "' takes a "
                          + spec.get().type().id()
                          + ", not '"
                          + YamlDocument.plain(f.getValue())
                          + "'.",
                      "The default is " + spec.get().defaultValue() + "."));
              continue;
            }
            options.put(f.getKey(), v.get());
            optionsFrom.put(f.getKey(), new Provenance(p.source().shown(), fline, label));
          }
        } else {
          problems.add(
              new ConfigProblem(
                  p.source().shown(),
                  line,
                  "rule '"
                      + rawId
                      + "' takes a level (error, warn, info, off) or a mapping with 'level' and options.",
                  ""));
          continue;
        }
        rules.put(id.get(), new RuleSetting(id.get(), level, levelFrom, options, optionsFrom));
      }
    }
    for (Rule r : declaredById.values()) {
      declared.add(r);
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new EffectivePolicy(
        baselines, repoFile, rules, List.copyOf(teams), sections, declared, catalog.with(declared));
  }

  private static Optional<Level> parseLevel(Node node, Parsed p, List<ConfigProblem> problems) {
    Optional<String> text = YamlDocument.scalar(node);
    Optional<Level> level = text.flatMap(Level::parse);
    if (level.isEmpty()) {
      problems.add(
          new ConfigProblem(
              p.source().shown(),
              YamlDocument.line(node),
              "'" + text.orElse("?") + "' is not a level.",
              "Use error, warn, info or off."));
    }
    return level;
  }

  /** Where a policy comes from. */
  /**
   * @param text the content when it does not come from {@code path} (a file read from a commit)
   */
  record Source(
      String id, String shown, Optional<Path> path, boolean isRepoFile, Optional<String> text) {
    static Source file(Path path, String shown) {
      return new Source(
          path.toAbsolutePath().normalize().toString(),
          shown,
          Optional.of(path),
          false,
          Optional.empty());
    }

    static Source repo(Path path, String shown) {
      return new Source(
          path.toAbsolutePath().normalize().toString(),
          shown,
          Optional.of(path),
          true,
          Optional.empty());
    }

    /** The repository file as a commit holds it; {@code path} only anchors relative extends. */
    static Source committed(Path path, String shown, String text) {
      return new Source(
          path.toAbsolutePath().normalize().toString(),
          shown,
          Optional.of(path),
          true,
          Optional.of(text));
    }

    static Source classpath(String ref) {
      return new Source(ref, ref, Optional.empty(), false, Optional.empty());
    }
  }

  record Parsed(Source source, Map<String, Node> keys, Map<String, Integer> lines) {}
}
