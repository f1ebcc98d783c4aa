package io.github.peacekeeping.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReadinessTest {

  @Test
  void of_records_the_level_without_evidence() {
    Readiness readiness = Readiness.of(ReadinessLevel.LEVEL_1);

    assertThat(readiness.level()).isEqualTo(ReadinessLevel.LEVEL_1);
    assertThat(readiness.registeredOn()).isEmpty();
    assertThat(readiness.aavDate()).isEmpty();
    assertThat(readiness.surReference()).isEmpty();
    assertThat(readiness.rapidDeploymentDays()).isEmpty();
  }

  @Test
  void builder_keeps_every_attribute() {
    Readiness readiness =
        Readiness.builder()
            .level(ReadinessLevel.RAPID_DEPLOYMENT)
            .registeredOn(LocalDate.of(2016, 3, 1))
            .aavDate(LocalDate.of(2016, 6, 15))
            .surReference("SUR generic infantry battalion")
            .rapidDeploymentDays(60)
            .build();

    assertThat(readiness.level()).isEqualTo(ReadinessLevel.RAPID_DEPLOYMENT);
    assertThat(readiness.registeredOn()).contains(LocalDate.of(2016, 3, 1));
    assertThat(readiness.aavDate()).contains(LocalDate.of(2016, 6, 15));
    assertThat(readiness.surReference()).contains("SUR generic infantry battalion");
    assertThat(readiness.rapidDeploymentDays()).hasValue(60);
  }

  @Test
  void level_3_without_sur_or_aav_is_constructible_because_evidence_is_policy() {
    assertThat(Readiness.of(ReadinessLevel.LEVEL_3).surReference()).isEmpty();
  }

  @Test
  void rejects_blank_sur_reference() {
    Readiness.Builder builder =
        Readiness.builder().level(ReadinessLevel.LEVEL_3).surReference("  ");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("surReference: must not be blank");
  }

  @Test
  void rejects_negative_rapid_deployment_window() {
    Readiness.Builder builder =
        Readiness.builder().level(ReadinessLevel.RAPID_DEPLOYMENT).rapidDeploymentDays(-30);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rapidDeploymentDays: must be more than zero, was -30");
  }

  @Test
  void rejects_null_level() {
    assertThatThrownBy(() -> Readiness.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("level");
  }

  @Test
  void readinesses_with_equal_attributes_are_equal() {
    assertThat(Readiness.of(ReadinessLevel.LEVEL_2))
        .isEqualTo(Readiness.builder().level(ReadinessLevel.LEVEL_2).build())
        .isNotEqualTo(Readiness.of(ReadinessLevel.LEVEL_3))
        .isNotEqualTo(
            Readiness.builder()
                .level(ReadinessLevel.LEVEL_2)
                .aavDate(LocalDate.of(2017, 1, 1))
                .build());
  }
}
