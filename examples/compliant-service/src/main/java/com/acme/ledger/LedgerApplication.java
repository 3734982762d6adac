package com.acme.ledger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the ledger's HTTP API. */
public final class LedgerApplication {
  private static final Logger LOG = LoggerFactory.getLogger(LedgerApplication.class);

  private LedgerApplication() {}

  public static void main(String[] args) {
    Journal journal = new Journal();
    LOG.info("ledger started with {} entries", journal.size());
  }
}
