package com.acme.ledger;

import java.math.BigDecimal;
import java.util.List;

/** One journal entry: postings to accounts that must sum to zero. */
public record Entry(String id, List<Posting> postings) {
  public Entry {
    postings = List.copyOf(postings);
  }

  /** A debit (negative) or credit (positive) to one account. */
  public record Posting(String account, BigDecimal amount) {}
}
