package dev.trellis.core.signal.codeowners;

/**
 * A file named CODEOWNERS that the platform does not read.
 *
 * @param path repository-relative path
 * @param reason why the platform ignores it, in one sentence
 * @param nested whether it sits in a folder the platform never reads from (not merely a location
 *     that lost to an earlier one)
 */
public record IgnoredFile(String path, String reason, boolean nested) {}
