package dev.trellis.core.repo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The content of one file, read with a size cap, binary detection and lenient UTF-8 decoding.
 *
 * @param path repo-relative path with {@code /}
 * @param text the decoded text (UTF-8, or UTF-16 when it starts with its byte order mark; a BOM
 *     removed, malformed bytes replaced by U+FFFD); empty for binaries
 * @param size the file's size in bytes, even when only part of it was read
 * @param binary whether the first bytes hold a NUL byte
 * @param truncated whether the file was larger than the cap and only the first part was read
 */
public record FileContent(String path, String text, long size, boolean binary, boolean truncated) {

  /** Files larger than this are read only up to it. */
  public static final int DEFAULT_CAP = 4 * 1024 * 1024;

  private static final int BINARY_PROBE = 8000;

  /**
   * Reads at most {@link #DEFAULT_CAP} bytes of a file of {@code size} bytes (the size the file
   * system or the object database gave; the stream may hold less or more) and decodes them.
   */
  public static FileContent read(String path, InputStream in, long size) throws IOException {
    int cap = (int) Math.min(Math.max(size, 0), DEFAULT_CAP);
    byte[] buf = in.readNBytes(cap);
    long actual = size;
    if (buf.length < cap) {
      actual = buf.length;
    }
    return decode(path, buf, buf.length, actual);
  }

  /** Decodes bytes read from a file of {@code size} bytes. */
  public static FileContent decode(String path, byte[] bytes, int length, long size) {
    if (length >= 2
        && (((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)
            || ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE))) {
      // UTF-16 with a byte order mark (editors on Windows write it): text, though full of NULs
      return utf16(path, bytes, length, size, (bytes[0] & 0xff) == 0xFE);
    }
    int probe = Math.min(length, BINARY_PROBE);
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        return new FileContent(path, "", size, true, length < size);
      }
    }
    int start = 0;
    if (length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      start = 3;
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)
              .decode(ByteBuffer.wrap(bytes, start, length - start))
              .toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, start, length - start, StandardCharsets.ISO_8859_1);
    }
    return new FileContent(path, text, size, false, length < size);
  }

  private static FileContent utf16(
      String path, byte[] bytes, int length, long size, boolean bigEndian) {
    String text =
        new String(
            bytes,
            2,
            length - 2,
            bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
    int nul = text.indexOf('\0');
    if (nul >= 0 && nul < BINARY_PROBE) {
      // a NUL code unit: a binary that happens to start with a byte order mark
      return new FileContent(path, "", size, true, length < size);
    }
    return new FileContent(path, text, size, false, length < size);
  }

  /** The lines of the text, without their terminators ({@code \n}, {@code \r\n} or {@code \r}). */
  public List<String> lines() {
    return text.lines().toList();
  }
}
