package com.acme.invoices;

/** Starts the invoice service. */
public final class InvoiceApplication {
  private InvoiceApplication() {}

  public static void main(String[] args) {
    InvoiceRenderer renderer = new InvoiceRenderer();
    System.out.println("invoice-service started, renderer " + renderer.version());
  }
}
