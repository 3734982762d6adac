package com.acme.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The append-only journal: only balanced entries get in, and nothing ever leaves. */
public final class Journal {
  private final List<Entry> entries = new ArrayList<>();

  /** Appends an entry whose postings sum to zero; rejects any other. */
  public synchronized void post(Entry entry) {
    BigDecimal sum =
        entry.postings().stream().map(Entry.Posting::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.signum() != 0) {
      throw new IllegalArgumentException("entry " + entry.id() + " does not balance: " + sum);
    }
    entries.add(entry);
  }

  public synchronized List<Entry> entries() {
    return Collections.unmodifiableList(new ArrayList<>(entries));
  }

  public synchronized int size() {
    return entries.size();
  }
}
