package dev.trellis.benchmarks;

import dev.trellis.core.glob.GlobSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Selecting files with policy globs ({@code paths:} of declarative rules, {@code files.exclude})
 * over the generated monorepo's sorted file list ({@link LargeRepo}), with a few secrets, keys and
 * a legacy tree added so that every glob matches something.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar GlobSetBenchmark} (build it with {@code
 * benchmarks/run-jmh.sh} or {@code ./mvnw -Pbenchmarks -pl benchmarks -am package}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GlobSetBenchmark {
  private static final List<String> TYPICAL =
      List.of("README.md", "**/.env", "**/*.pem", "docs/**/*.md", "legacy/");

  @Param({"100000"})
  public int files;

  private List<String> paths;
  private GlobSet typical;
  private GlobSet readme;
  private GlobSet docs;

  @Setup
  public void setup() {
    List<String> all = new ArrayList<>(LargeRepo.generate(42, files, 10).files());
    for (int i = 0; i < 40; i++) {
      all.add("legacy/module" + i % 4 + "/Old" + i + ".java");
      all.add("services/extra-" + i + "/.env");
      all.add("infra/keys/key" + i + ".pem");
    }
    all.sort(null);
    paths = List.copyOf(all);
    typical = GlobSet.of(TYPICAL);
    readme = GlobSet.of(List.of("README.md"));
    docs = GlobSet.of(List.of("docs/**/*.md"));
  }

  /** The five typical globs, path by path (any list, any order). */
  @Benchmark
  public List<String> select() {
    return typical.select(paths);
  }

  /** One floating literal glob, path by path. */
  @Benchmark
  public List<String> selectReadme() {
    return readme.select(paths);
  }

  /** One anchored glob, path by path. */
  @Benchmark
  public List<String> selectDocs() {
    return docs.select(paths);
  }

  /** The five typical globs over the sorted list, as rules and files.exclude now select. */
  @Benchmark
  public List<String> selectSorted() {
    return typical.selectSorted(paths);
  }

  /** One anchored glob over the sorted list: only the docs range is read. */
  @Benchmark
  public List<String> selectSortedDocs() {
    return docs.selectSorted(paths);
  }
}
