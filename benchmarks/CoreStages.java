import dev.trellis.core.engine.*;
import dev.trellis.core.policy.*;
import dev.trellis.core.repo.*;
import java.nio.file.Path;
import java.util.Optional;
import java.time.LocalDate;

/** Times each stage of one check, three times in one JVM (the first is cold). Usage: java -cp cli/target/trellis.jar benchmarks/CoreStages.java DIR */
public class CoreStages {
  public static void main(String[] a) throws Exception {
    Path dir = Path.of(a[0]);
    for (int i = 0; i < 3; i++) {
      long t0 = System.nanoTime();
      RuleCatalog cat = RuleCatalog.load(CoreStages.class.getClassLoader());
      long t1 = System.nanoTime();
      EffectivePolicy p = new PolicyLoader(CoreStages.class.getClassLoader(), cat).load(dir.toRealPath(), Optional.empty());
      long t2 = System.nanoTime();
      try (Repo repo = Repos.open(dir, Optional.empty())) {
        int n = repo.files().size();
        long t3 = System.nanoTime();
        CheckResult r = new Engine().run(repo, p, LocalDate.now());
        long t4 = System.nanoTime();
        System.out.printf("catalog %d ms, policy %d ms, list %d files %d ms, rules %d ms%n",
          (t1-t0)/1000000, (t2-t1)/1000000, n, (t3-t2)/1000000, (t4-t3)/1000000);
      }
    }
  }
}
