package dev.trellis.benchmarks;

import dev.trellis.core.signal.codeowners.Codeowners;
import dev.trellis.core.signal.codeowners.CodeownersFile;
import dev.trellis.core.signal.codeowners.CodeownersParser;
import dev.trellis.core.signal.codeowners.Dialect;
import dev.trellis.core.signal.codeowners.EntryMatches;
import dev.trellis.core.signal.codeowners.OwnershipIndex;
import dev.trellis.core.signal.codeowners.RepoOwnership;
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
 * Ownership resolution over a generated monorepo ({@link LargeRepo}): parsing the CODEOWNERS,
 * building the index, resolving every file, and the all-matches pass the rules use.
 *
 * <p>Run: {@code benchmarks/run-jmh.sh} (or {@code java -jar benchmarks/target/benchmarks.jar
 * OwnershipBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OwnershipBenchmark {
  @Param({"100000"})
  public int files;

  @Param({"5000"})
  public int lines;

  private LargeRepo.Shape shape;
  private Codeowners codeowners;
  private RepoOwnership ownership;

  @Setup
  public void setup() {
    shape = LargeRepo.generate(42, files, lines);
    codeowners = Codeowners.of(".github/CODEOWNERS", shape.codeowners(), Dialect.GITHUB);
    ownership = RepoOwnership.of(codeowners.index(), shape.files());
  }

  @Benchmark
  public CodeownersFile parse() {
    return CodeownersParser.parse(
        ".github/CODEOWNERS", shape.codeowners(), Dialect.GITHUB, shape.codeowners().length());
  }

  @Benchmark
  public OwnershipIndex parseAndIndex() {
    return OwnershipIndex.of(parse());
  }

  @Benchmark
  public RepoOwnership resolveEveryFile() {
    return RepoOwnership.of(codeowners.index(), shape.files());
  }

  @Benchmark
  public EntryMatches everyMatchOfEveryLine() {
    return EntryMatches.of(codeowners.index(), ownership);
  }
}
