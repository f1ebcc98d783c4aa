package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class ValidatedTest {

  @Test
  void holds_value_and_findings() {
    Validated<PersonnelCount> validated = Validated.of(PersonnelCount.of(1, 2), ValidationReport.empty());
    assertThat(validated.value()).isEqualTo(PersonnelCount.of(1, 2));
    assertThat(validated.findings()).isEqualTo(ValidationReport.empty());
  }

  @Test
  void equal_when_value_and_findings_are() {
    assertThat(Validated.of(PersonnelCount.of(1, 2), ValidationReport.empty()))
        .isEqualTo(Validated.of(PersonnelCount.of(1, 2), ValidationReport.empty()))
        .hasSameHashCodeAs(Validated.of(PersonnelCount.of(1, 2), ValidationReport.empty()))
        .isNotEqualTo(Validated.of(PersonnelCount.of(1, 3), ValidationReport.empty()));
  }

  @Test
  void rejects_nulls() {
    assertThatThrownBy(() -> Validated.of(null, ValidationReport.empty()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("value");
    assertThatThrownBy(() -> Validated.of(PersonnelCount.ZERO, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("findings");
  }
}
