import dev.trellis.core.repo.Repo;
import dev.trellis.core.repo.Repos;
import dev.trellis.core.signal.Signals;
import dev.trellis.core.signal.history.FirstParentLog;
import dev.trellis.core.signal.history.History;
import dev.trellis.core.signal.history.HistorySignal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Times the history signal (review/history's input) on a generated bare repository with N
 * first-parent commits: a third merges of pull requests (each with a side commit), the rest squash
 * merges, trailers, rebase merges and direct pushes; packed like a real clone. Usage:
 * HistoryBenchmark DIR [N].
 */
public class HistoryBenchmark {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 20000;
    if (!Files.exists(dir.resolve("HEAD"))) {
      long t0 = System.nanoTime();
      int total = generate(dir, n);
      System.out.printf("generated %d first-parent commits (%d commits in all) in %.1f s%n",
          n, total, (System.nanoTime() - t0) / 1e9);
    }
    for (int run = 1; run <= 3; run++) {
      for (int bound : new int[] {500, n}) {
        long t0 = System.nanoTime();
        try (Repo repo = Repos.open(dir, Optional.empty())) {
          Signals signals = new Signals(repo, s -> Map.of());
          History history = signals.signal(HistorySignal.SIGNAL);
          FirstParentLog log = history.firstParent(bound, Optional.empty());
          double ms = (System.nanoTime() - t0) / 1e6;
          System.out.printf("run %d: open + tags + first-parent walk of %d commits: %.0f ms (classes %s)%n",
              run, log.commits().size(), ms, log.counts());
        }
      }
    }
  }

  static int generate(Path dir, int n) throws Exception {
    try (Repository repo = new FileRepositoryBuilder().setGitDir(dir.toFile()).setBare().build()) {
      repo.create(true);
      int total = 0;
      try (ObjectInserter ins = repo.newObjectInserter()) {
        ObjectId parent = null;
        PersonIdent ada = new PersonIdent("Ada", "ada@example.com", 1_600_000_000_000L, 0);
        PersonIdent bob = new PersonIdent("Bob", "bob@example.com", 1_600_000_000_000L, 0);
        PersonIdent gh = new PersonIdent("GitHub", "noreply@github.com", 1_600_000_000_000L, 0);
        for (int i = 0; i < n; i++) {
          long when = 1_600_000_000_000L + i * 600_000L;
          ObjectId tree = tree(ins, "file-" + (i % 50) + ".txt", "change " + i + "\n");
          String message;
          PersonIdent author = new PersonIdent(ada, when, 0);
          PersonIdent committer = author;
          ObjectId[] parents = parent == null ? new ObjectId[0] : new ObjectId[] {parent};
          switch (i % 6) {
            case 0, 3 -> {
              ObjectId side = commit(ins, tree, "Work on feature " + i + "\n\nDetails of the change.\n",
                  author, author, parents);
              total++;
              parents = parent == null ? new ObjectId[] {side} : new ObjectId[] {parent, side};
              message = "Merge pull request #" + i + " from acme/feature-" + i + "\n\nFeature " + i + "\n";
              committer = new PersonIdent(gh, when, 0);
            }
            case 1 -> message = "Add feature " + i + " (#" + i + ")\n\n* commit one\n* commit two\n";
            case 2 -> message = "Fix bug " + i + "\n\nLonger explanation.\n\nReviewed-by: Bob <bob@example.com>\n";
            case 4 -> { message = "Rebased change " + i + "\n"; committer = new PersonIdent(bob, when, 0); }
            default -> message = "Direct change " + i + "\n";
          }
          parent = commit(ins, tree, message, author, committer, parents);
          total++;
        }
        ins.flush();
        RefUpdate u = repo.updateRef("refs/heads/main");
        u.setNewObjectId(parent);
        u.forceUpdate();
        repo.updateRef(Constants.HEAD).link("refs/heads/main");
      }
      // real repositories are packed; loose objects would time the file system instead
      org.eclipse.jgit.api.Git.wrap(repo).gc().setAggressive(false).call();
      return total;
    }
  }

  static ObjectId tree(ObjectInserter ins, String name, String content) throws Exception {
    ObjectId blob = ins.insert(Constants.OBJ_BLOB, content.getBytes(StandardCharsets.UTF_8));
    TreeFormatter tf = new TreeFormatter();
    tf.append(name, FileMode.REGULAR_FILE, blob);
    return ins.insert(tf);
  }

  static ObjectId commit(ObjectInserter ins, ObjectId tree, String message, PersonIdent author,
      PersonIdent committer, ObjectId... parents) throws Exception {
    CommitBuilder cb = new CommitBuilder();
    cb.setTreeId(tree);
    cb.setParentIds(parents);
    cb.setAuthor(author);
    cb.setCommitter(committer);
    cb.setMessage(message);
    return ins.insert(cb);
  }
}
