package dev.trellis.core.repo;

import java.util.List;

/**
 * The file lookups every repository point answers from its sorted {@link FileIndex}: the list, a
 * file, a directory, the files below one, a directory's entries.
 */
abstract class IndexedRepo implements Repo {
  /** The point's files, sorted and distinct. */
  abstract FileIndex index();

  @Override
  public List<String> files() {
    return index().files();
  }

  @Override
  public boolean isFile(String path) {
    return index().isFile(path);
  }

  @Override
  public boolean isDirectory(String path) {
    return index().isDirectory(path);
  }

  @Override
  public List<String> filesUnder(String directory) {
    return index().filesUnder(directory);
  }

  @Override
  public List<String> list(String directory) {
    return index().list(directory);
  }
}
