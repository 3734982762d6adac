package com.acme.app;

class Billing {
  // FIXME rounding is wrong for JPY
  long cents(double amount) {
    return Math.round(amount * 100); // FIXME overflow
  }
}
