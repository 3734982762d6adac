package dev.trellis.cli;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The class loader for {@code --rules-path} jars: custom rules and baseline jars. */
final class RulesLoader {
  private RulesLoader() {}

  static ClassLoader of(List<Path> jars) {
    ClassLoader parent = RulesLoader.class.getClassLoader();
    if (jars == null || jars.isEmpty()) {
      return parent;
    }
    List<URL> urls = new ArrayList<>();
    for (Path jar : jars) {
      if (!Files.exists(jar)) {
        throw new UsageException("--rules-path " + jar + " does not exist.");
      }
      try {
        urls.add(jar.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new UsageException(
            "--rules-path " + jar + " is not a usable path: " + e.getMessage());
      }
    }
    return new URLClassLoader("trellis-rules-path", urls.toArray(URL[]::new), parent);
  }
}
