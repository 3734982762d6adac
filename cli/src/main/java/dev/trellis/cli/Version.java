package dev.trellis.cli;

import dev.trellis.core.report.TrellisVersion;
import picocli.CommandLine;

/** The version, from the build (the same one the reports carry). */
public final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "trellis " + current(),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"
    };
  }

  public static String current() {
    return TrellisVersion.current();
  }
}
