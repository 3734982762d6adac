package dev.trellis.core.repo;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The content of one file, read with a size cap, binary detection and lenient UTF-8 decoding.
 *
 * @param path repo-relative path with {@code /}
 * @param text the decoded text (a BOM removed, malformed bytes replaced); empty for binaries
 * @param size the file's size in bytes, even when only part of it was read
 * @param binary whether the first bytes hold a NUL byte
 * @param truncated whether the file was larger than the cap and only the first part was read
 */
public record FileContent(String path, String text, long size, boolean binary, boolean truncated) {

  /** Files larger than this are read only up to it. */
  public static final int DEFAULT_CAP = 4 * 1024 * 1024;

  private static final int BINARY_PROBE = 8000;

  /** Decodes bytes read from a file of {@code size} bytes. */
  public static FileContent decode(String path, byte[] bytes, int length, long size) {
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

  /** The lines of the text, without their terminators ({@code \n}, {@code \r\n} or {@code \r}). */
  public List<String> lines() {
    return text.lines().toList();
  }
}
