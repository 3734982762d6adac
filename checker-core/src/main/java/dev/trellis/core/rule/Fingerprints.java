package dev.trellis.core.rule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The recipe for finding fingerprints: rule id, path and normalised subject, never a line number.
 */
public final class Fingerprints {
  private Fingerprints() {}

  /**
   * A 16-hex-digit hash of rule id, path and key. When the key is derived from a message, digits
   * are dropped first so that a line number inside the message does not change the fingerprint.
   */
  public static String of(String ruleId, String path, String key) {
    String normalisedKey = key.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    String input = ruleId + '\u0000' + path + '\u0000' + normalisedKey;
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** A key derived from a message: digits removed, so line numbers in it do not matter. */
  public static String keyFromMessage(String message) {
    return message.replaceAll("[0-9]+", "#");
  }
}
