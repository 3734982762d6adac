package dev.trellis.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this Trellis build, as Maven wrote it into {@code trellis/version.properties}. */
public final class TrellisVersion {
  private static final String VERSION = load();

  private TrellisVersion() {}

  /** For example {@code 0.1.0} or {@code 0.2.0-SNAPSHOT}. */
  public static String current() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in =
        TrellisVersion.class.getClassLoader().getResourceAsStream("trellis/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown").strip();
      return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
