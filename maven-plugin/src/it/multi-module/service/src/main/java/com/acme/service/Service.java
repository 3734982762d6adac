package com.acme.service;

class Service {
  String name() {
    return "service";
  }
}
