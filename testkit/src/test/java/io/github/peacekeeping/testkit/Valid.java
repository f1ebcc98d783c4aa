package io.github.peacekeeping.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.unit.PredeploymentTraining;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Assertions shared by the tests. */
final class Valid {

  static final CommuniqueValidator VALIDATOR = CommuniqueValidator.create();

  static final int EXAMPLES = 2_000;

  private Valid() {}

  /** Fails, naming the value and the whole report, if the report has a WARNING or an ERROR. */
  static void clean(Object value, ValidationReport report) {
    assertThat(report.findingsAtOrAbove(Severity.WARNING))
        .as("findings at WARNING or above for %s%nreport:%n%s", Descriptions.of(value), report)
        .isEmpty();
  }

  /**
   * Every fact of a pledge that carries a day, as §8 of the requirements lists them: the pledge,
   * each readiness step and its evidence, each reconfirmation, and its units' facts.
   */
  static List<LocalDate> datedFacts(Pledge pledge) {
    List<LocalDate> days = new ArrayList<>();
    days.add(pledge.pledgedOn());
    pledge.readiness().ifPresent(readiness -> {
      for (ReadinessStep step : readiness.steps()) {
        days.add(step.on());
        step.aav().ifPresent(visit -> days.add(visit.date()));
        step.sur().ifPresent(sur -> days.add(sur.alignedOn()));
        step.rapidDeployment().ifPresent(rapid -> days.add(rapid.committedOn()));
      }
    });
    days.addAll(pledge.reconfirmations());
    for (Unit unit : pledge.units()) {
      days.addAll(datedFacts(unit));
    }
    return days;
  }

  /** A unit's dated facts: the completion of its training and its vetting. */
  static List<LocalDate> datedFacts(Unit unit) {
    List<LocalDate> days = new ArrayList<>();
    unit.training().flatMap(PredeploymentTraining::completedOn).ifPresent(days::add);
    unit.vettedOn().ifPresent(days::add);
    return days;
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
