package io.github.peacekeeping.core.target;

import io.github.peacekeeping.core.InvalidAttributeException;
import java.util.Collection;

/** Invariant checks shared by the targets; messages start with the parameter name. */
final class Checks {

  private Checks() {}

  static void notBlank(String name, String value) {
    if (value.isBlank()) {
      throw InvalidAttributeException.of(name, "must not be blank, was '" + value + "'");
    }
  }

  static void notEmpty(String name, Collection<?> value) {
    if (value.isEmpty()) {
      throw InvalidAttributeException.of(name, "must not be empty, was " + value);
    }
  }
}
