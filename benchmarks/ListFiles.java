import dev.trellis.core.repo.Repo;
import dev.trellis.core.repo.Repos;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Lists the files of a repository the way `trellis check` does (Repos.open, then files()) and
 * prints how many and how long that took inside the JVM. Usage: ListFiles DIR [REV] [ROUNDS].
 */
public final class ListFiles {
  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    Optional<String> at = args.length > 1 && !args[1].equals("-") ? Optional.of(args[1]) : Optional.empty();
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    for (int i = 1; i <= rounds; i++) {
      long start = System.nanoTime();
      int files;
      try (Repo repo = Repos.open(dir, at)) {
        files = repo.files().size();
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      System.out.println("round " + i + ": " + files + " files in " + ms + " ms (in process)");
    }
  }
}
