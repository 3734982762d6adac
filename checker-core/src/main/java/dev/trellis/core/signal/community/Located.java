package dev.trellis.core.signal.community;

/**
 * A piece of text at a place in a file.
 *
 * @param path repo-relative path
 * @param line 1-based line, 0 for the whole file
 * @param text the text found there (a heading, a sentence)
 */
public record Located(String path, int line, String text) {}
