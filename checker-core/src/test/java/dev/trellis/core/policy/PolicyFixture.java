package dev.trellis.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A temporary folder of policy files and a loader over the test rules. */
final class PolicyFixture {
  final Path root;
  final Path cache;
  Map<String, Set<String>> sectionKeys = Map.of();

  PolicyFixture(Path dir) {
    this.root = dir.resolve("repo");
    this.cache = dir.resolve("cache");
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  PolicyFixture file(String path, String... lines) {
    try {
      Path p = root.resolve(path);
      Files.createDirectories(p.toAbsolutePath().getParent());
      Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  PolicyLoader loader() {
    return new PolicyLoader(
        PolicyFixture.class.getClassLoader(),
        TestRules.catalog(),
        new GitBaselines(cache),
        s -> Optional.ofNullable(sectionKeys.get(s)));
  }

  EffectivePolicy load() {
    return loader().load(root, Optional.empty());
  }

  /** The problems, one line each as users see them. */
  List<String> problems() {
    ConfigException e = catchThrowableOfType(ConfigException.class, this::load);
    assertThat(e).as("loading should fail").isNotNull();
    return e.problems().stream().map(ConfigProblem::toString).toList();
  }
}
