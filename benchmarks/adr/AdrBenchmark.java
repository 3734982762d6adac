import dev.trellis.core.repo.Repo;
import dev.trellis.core.repo.Repos;
import dev.trellis.core.signal.Signals;
import dev.trellis.core.signal.adr.AdrLogs;
import dev.trellis.core.signal.adr.AdrSignal;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Times the ADR signal on a generated bare repository: COMMITS commits, of which RECORDS each add
 * one Nygard record to docs/adr (linking to the previous one); the others change a source file.
 * Prints wall and CPU time of the signal, read at HEAD, over three runs. Usage: AdrBenchmark DIR
 * [RECORDS] [COMMITS].
 */
public class AdrBenchmark {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int records = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int commits = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
    if (!Files.exists(dir.resolve("HEAD"))) {
      long t0 = System.nanoTime();
      generate(dir, records, commits);
      System.out.printf("generated %d commits with %d records in %.1f s%n",
          commits, records, (System.nanoTime() - t0) / 1e9);
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int run = 1; run <= 3; run++) {
      long cpu = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      try (Repo repo = Repos.open(dir, Optional.empty())) {
        AdrLogs logs = new Signals(repo, s -> Map.of()).signal(AdrSignal.SIGNAL);
        System.out.printf("run %d: %d records, history %s: %.0f ms wall, %.0f ms cpu%n",
            run, logs.records().size(), logs.history(),
            (System.nanoTime() - t0) / 1e6, (mx.getCurrentThreadCpuTime() - cpu) / 1e6);
      }
    }
  }

  static void generate(Path dir, int records, int commits) throws Exception {
    try (Repository repo = new FileRepositoryBuilder().setGitDir(dir.toFile()).setBare().build()) {
      repo.create(true);
      try (ObjectInserter ins = repo.newObjectInserter()) {
        List<String> names = new ArrayList<>();
        List<ObjectId> blobs = new ArrayList<>();
        ObjectId adrTree = null;
        ObjectId parent = null;
        int every = Math.max(1, commits / Math.max(1, records));
        for (int i = 0; i < commits; i++) {
          if (names.size() < records && i % every == 0) {
            int n = names.size() + 1;
            String name = String.format("%04d-decision-%d.md", n, n);
            String text = "# " + n + ". Decision " + n + "\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n"
                + (n > 1 ? "Amends [" + (n - 1) + ". Decision " + (n - 1) + "](" + names.get(n - 2) + ")\n\n" : "")
                + "## Context\n\nWhy " + n + ".\n\n## Decision\n\nWe will " + n + ".\n\n## Consequences\n\nSome.\n";
            names.add(name);
            blobs.add(ins.insert(Constants.OBJ_BLOB, text.getBytes(StandardCharsets.UTF_8)));
            TreeFormatter adr = new TreeFormatter();
            for (int k = 0; k < names.size(); k++) {
              adr.append(names.get(k), FileMode.REGULAR_FILE, blobs.get(k));
            }
            adrTree = ins.insert(adr);
          }
          TreeFormatter src = new TreeFormatter();
          src.append("f.txt", FileMode.REGULAR_FILE,
              ins.insert(Constants.OBJ_BLOB, ("change " + i + "\n").getBytes(StandardCharsets.UTF_8)));
          ObjectId srcTree = ins.insert(src);
          TreeFormatter root = new TreeFormatter();
          if (adrTree != null) {
            TreeFormatter docs = new TreeFormatter();
            docs.append("adr", FileMode.TREE, adrTree);
            root.append("docs", FileMode.TREE, ins.insert(docs));
          }
          root.append("src", FileMode.TREE, srcTree);
          PersonIdent who = new PersonIdent("Ada", "ada@example.com", 1_600_000_000_000L + i * 600_000L, 0);
          CommitBuilder c = new CommitBuilder();
          c.setTreeId(ins.insert(root));
          c.setAuthor(who);
          c.setCommitter(who);
          c.setMessage("commit " + i + "\n");
          if (parent != null) {
            c.setParentId(parent);
          }
          parent = ins.insert(c);
        }
        ins.flush();
        RefUpdate u = repo.updateRef("refs/heads/main");
        u.setNewObjectId(parent);
        u.forceUpdate();
        repo.updateRef(Constants.HEAD).link("refs/heads/main");
      }
    }
  }
}
