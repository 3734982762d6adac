package dev.trellis.core.repo;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Keeps JGit from starting {@code git} subprocesses ({@code git --version}, {@code git config
 * --system --show-origin --list -z}) to locate the system configuration: about 100 ms per run, see
 * PERFORMANCE.md. Trellis reads nothing that lives only in the system configuration; the user's
 * {@code ~/.gitconfig} (for {@code core.excludesFile}) and each repository's own config are still
 * read.
 *
 * <p>Why a global: JGit reaches its configuration only through the process-wide {@link
 * SystemReader#getInstance()}; {@code FileRepositoryBuilder} has no per-repository hook for it, and
 * the only other switch, the {@code GIT_CONFIG_NOSYSTEM} environment variable, cannot be set from
 * inside the JVM. So it is installed exactly once, here, by the class initialiser of a holder
 * (which the JVM runs once, thread-safely), and never changed again. It wraps whatever reader was
 * installed before, so everything else (clock, environment, user config) behaves as JGit's default.
 */
final class JGitSetup {
  private JGitSetup() {}

  /** Installs the reader on first call; later calls do nothing. */
  static void ensure() {
    Holder.touch();
  }

  private static final class Holder {
    static {
      SystemReader.setInstance(new NoSystemConfig(SystemReader.getInstance()));
    }

    static void touch() {}
  }

  /** JGit's reader with an empty, never-outdated system configuration. */
  static final class NoSystemConfig extends SystemReader.Delegate {
    NoSystemConfig(SystemReader delegate) {
      super(delegate);
    }

    @Override
    public FileBasedConfig openSystemConfig(Config parent, FS fs) {
      return new FileBasedConfig(parent, null, fs) {
        @Override
        public void load() {
          // nothing to load: Trellis does not read the system git configuration
        }

        @Override
        public boolean isOutdated() {
          return false;
        }
      };
    }
  }
}
