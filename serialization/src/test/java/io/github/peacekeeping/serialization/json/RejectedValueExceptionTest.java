package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.validation.Rules;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.ValidationContext;
import io.github.peacekeeping.validation.ValidationReport;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RejectedValueExceptionTest {

  private static final ValidationReport REPORT =
      CommuniqueValidator.create()
          .validate(
              WriterFixtures.battalionWithoutNio(), ValidationContext.asOf(LocalDate.of(2024, 11, 30)));

  @Test
  void message_names_the_threshold_and_the_rejecting_findings() {
    RejectedValueException e = new RejectedValueException(REPORT, Severity.ERROR);

    assertThat(e).hasMessageStartingWith("value not written: 1 finding(s) at or above ERROR: ");
    assertThat(e).hasMessageContaining(Rules.LDN16_NIO);
    assertThat(e.report()).isSameAs(REPORT);
    assertThat(e.threshold()).isEqualTo(Severity.ERROR);
  }

  @Test
  void rejects_null_arguments() {
    assertThatThrownBy(() -> new RejectedValueException(null, Severity.ERROR))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("report");
    assertThatThrownBy(() -> new RejectedValueException(REPORT, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("threshold");
  }
}
