package com.acme.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalTest {
  @Test
  void anEntryThatDoesNotBalanceIsRejected() {
    Journal journal = new Journal();
    Entry unbalanced =
        new Entry("e1", List.of(new Entry.Posting("cash", new BigDecimal("-10.00"))));

    assertThrows(IllegalArgumentException.class, () -> journal.post(unbalanced));
    assertEquals(0, journal.size());
  }
}
