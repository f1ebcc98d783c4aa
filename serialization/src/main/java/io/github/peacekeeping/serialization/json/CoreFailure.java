package io.github.peacekeeping.serialization.json;

import java.util.Optional;

/** TRANSITIONAL: replaced by the core exception's data when it lands. */
record CoreFailure(String attribute, Optional<String> element) {

  static CoreFailure of(IllegalArgumentException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int colon = message.indexOf(':');
    if (colon <= 0) {
      return new CoreFailure(null, Optional.empty());
    }
    String subject = message.substring(0, colon);
    int bracket = subject.indexOf('[');
    if (bracket > 0 && subject.endsWith("]")) {
      return new CoreFailure(subject.substring(0, bracket),
          Optional.of(subject.substring(bracket + 1, subject.length() - 1)));
    }
    return new CoreFailure(subject, Optional.empty());
  }
}
