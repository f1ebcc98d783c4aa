package io.github.peacekeeping.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AssessmentVisitTest {

  @Test
  void of_is_a_successful_visit_and_unsuccessful_is_not() {
    LocalDate day = LocalDate.of(2016, 6, 15);

    assertThat(AssessmentVisit.of(day).successful()).isTrue();
    assertThat(AssessmentVisit.of(day).date()).isEqualTo(day);
    assertThat(AssessmentVisit.unsuccessful(day).successful()).isFalse();
    assertThat(AssessmentVisit.of(day)).hasToString("AAV 2016-06-15 successful");
    assertThat(AssessmentVisit.unsuccessful(day)).hasToString("AAV 2016-06-15 unsuccessful");
    assertThat(AssessmentVisit.of(day)).isEqualTo(AssessmentVisit.of(day))
        .isNotEqualTo(AssessmentVisit.unsuccessful(day));
  }

  @Test
  void rejects_a_null_day() {
    assertThatThrownBy(() -> AssessmentVisit.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("date");
  }
}
