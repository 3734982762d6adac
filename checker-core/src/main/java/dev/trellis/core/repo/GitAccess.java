package dev.trellis.core.repo;

import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * Git access for signals in core (history, tags, first-commit dates). Rules never see this: they
 * read the signals built from it.
 *
 * @param repository the JGit repository, owned and closed by the {@link Repo}
 * @param commit the commit the point is at (HEAD for a work tree); empty in a repository with no
 *     commit
 * @param shallow whether the repository is a shallow clone, so history is incomplete
 */
public record GitAccess(Repository repository, Optional<ObjectId> commit, boolean shallow) {}
