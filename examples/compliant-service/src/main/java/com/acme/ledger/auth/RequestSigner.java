package com.acme.ledger.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Verifies that a journal post was signed by a client holding its shared key. */
public final class RequestSigner {
  private final SecretKeySpec key;

  public RequestSigner(byte[] sharedKey) {
    this.key = new SecretKeySpec(sharedKey.clone(), "HmacSHA256");
  }

  public boolean verify(String body, String signatureHex) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(key);
    byte[] expected = mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
    return java.security.MessageDigest.isEqual(expected, HexFormat.of().parseHex(signatureHex));
  }
}
