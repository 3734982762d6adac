package com.acme.api;

public interface Api {
  String name();
}
