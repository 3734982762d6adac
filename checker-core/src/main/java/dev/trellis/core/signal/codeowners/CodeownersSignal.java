package dev.trellis.core.signal.codeowners;

import dev.trellis.core.signal.Signal;

/**
 * The codeowners signals: the parsed file, the owners of every file, and per-line match statistics.
 * Each is computed once per repository point and shared.
 */
public final class CodeownersSignal {
  private CodeownersSignal() {}

  /** Which CODEOWNERS the platform reads, parsed and indexed. */
  public static final Signal<Codeowners> SIGNAL =
      Signal.of("codeowners", ctx -> Codeowners.read(ctx.repo(), ctx.settings("codeowners")));

  /** The owners of every file of the repository point. */
  public static final Signal<RepoOwnership> OWNERSHIP =
      Signal.of(
          "codeowners-ownership",
          ctx -> RepoOwnership.of(ctx.signal(SIGNAL).index(), ctx.repo().files()));

  /** How many files each line matches and decides, and which lines take the rest. */
  public static final Signal<EntryMatches> MATCHES =
      Signal.of(
          "codeowners-matches",
          ctx -> EntryMatches.of(ctx.signal(SIGNAL).index(), ctx.signal(OWNERSHIP)));
}
