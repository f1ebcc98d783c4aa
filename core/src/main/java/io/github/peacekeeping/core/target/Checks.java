package io.github.peacekeeping.core.target;

import java.util.Collection;

/** Invariant checks shared by the targets; messages start with the parameter name. */
final class Checks {

  private Checks() {}

  static void notBlank(String name, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + ": must not be blank, was '" + value + "'");
    }
  }

  static void notEmpty(String name, Collection<?> value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException(name + ": must not be empty, was " + value);
    }
  }
}
