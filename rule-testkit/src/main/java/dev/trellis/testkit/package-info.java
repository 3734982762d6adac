/**
 * The rule test kit, for Trellis's own rules and for teams' custom rules: {@link
 * dev.trellis.testkit.RuleFixtures} runs fixture folders (tiny repositories whose files carry their
 * expected findings in {@code expect:} comments) through the real policy loader and engine, and
 * {@link dev.trellis.testkit.GitHistoryBuilder} builds git histories with JGit. This package is
 * API: it changes only with a major version.
 *
 * <p>A fixture's {@code .gitignore} is copied like any file (the build does not drop it), but it
 * also applies to the project that holds the fixture; cases about ignored files are better built
 * with {@link dev.trellis.testkit.GitHistoryBuilder}.
 */
package dev.trellis.testkit;
