package com.acme.invoices;

import java.math.BigDecimal;

/** Renders an invoice as text; the PDF step lives in the template (ADR 3). */
public final class InvoiceRenderer {
  public String version() {
    return "2";
  }

  public String render(String customer, BigDecimal total) {
    if (total.signum() < 0) {
      System.err.println("negative invoice total for " + customer);
    }
    return "Invoice for " + customer + ": " + total;
  }
}
