package io.github.peacekeeping.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.ValidationReport;
import java.util.Collection;
import java.util.Map;

/** Assertions shared by the tests. */
final class Valid {

  static final CommuniqueValidator VALIDATOR = CommuniqueValidator.create();

  static final int EXAMPLES = 2_000;

  private Valid() {}

  /** Fails, naming the value and the whole report, if the report has a WARNING or an ERROR. */
  static void clean(Object value, ValidationReport report) {
    assertThat(report.findingsAtOrAbove(Severity.WARNING))
        .as("findings at WARNING or above for %s%nreport:%n%s", value, report)
        .isEmpty();
  }

  // An empty unmodifiable collection may accept clear() as a no-op, so the checks that must throw
  // are the ones that would change it.
  static void unmodifiable(Collection<?> collection) {
    assertThatThrownBy(() -> collection.add(null))
        .isInstanceOf(UnsupportedOperationException.class);
    if (!collection.isEmpty()) {
      assertThatThrownBy(collection::clear).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  static void unmodifiable(Map<?, ?> map) {
    assertThatThrownBy(() -> map.put(null, null))
        .isInstanceOf(UnsupportedOperationException.class);
    if (!map.isEmpty()) {
      assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
