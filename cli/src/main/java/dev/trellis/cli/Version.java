package dev.trellis.cli;

import dev.trellis.core.report.TrellisVersion;
import picocli.CommandLine;

/** The version of this build, as core records it (reports name the same version). */
public final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"trellis " + current()};
  }

  public static String current() {
    return TrellisVersion.current();
  }
}
