import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import dev.trellis.core.repo.Repos;

/** The TreeWalk listing (index + FileTreeIterator) that FileWalk replaced, for comparison. */
public class TreeWalkList {
  public static void main(String[] a) throws Exception {
    Repos.open(Path.of(a[0]), java.util.Optional.of("HEAD")).close(); // installs the SystemReader
    List<String> out = new ArrayList<>();
    try (Repository repository = new FileRepositoryBuilder().setWorkTree(Path.of(a[0]).toFile()).build();
        TreeWalk walk = new TreeWalk(repository)) {
      int indexTree = walk.addTree(new DirCacheIterator(repository.readDirCache()));
      int workTree = walk.addTree(new FileTreeIterator(repository));
      while (walk.next()) {
        DirCacheIterator inIndex = walk.getTree(indexTree, DirCacheIterator.class);
        WorkingTreeIterator onDisk = walk.getTree(workTree, WorkingTreeIterator.class);
        FileMode mode = walk.getFileMode(inIndex != null ? indexTree : workTree);
        if (mode == FileMode.GITLINK) continue;
        if (inIndex == null && onDisk != null && onDisk.isEntryIgnored()) continue;
        if (walk.isSubtree()) walk.enterSubtree();
        else if (onDisk != null) out.add(walk.getPathString());
      }
    }
    java.util.Collections.sort(out);
    System.out.println(out.size());
  }
}
