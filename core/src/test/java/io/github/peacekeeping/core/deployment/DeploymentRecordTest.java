package io.github.peacekeeping.core.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeploymentRecordTest {

  // The Republic of Korea's troops in UNMISS on 28 February 2014, from the UN's gender statistics.
  private static final LocalDate DATE = LocalDate.of(2014, 2, 28);
  private static final Contributor KOREA = Contributor.parse("KOR");
  private static final Mission UNMISS = Mission.of("UNMISS");
  private static final PersonnelCount TROOPS = PersonnelCount.of(8, 265);

  @Test
  void of_keeps_every_attribute() {
    DeploymentRecord record =
        DeploymentRecord.of(
            DATE, KOREA, UNMISS, PersonnelCategory.CONTINGENT_TROOPS, TROOPS);

    assertThat(record.date()).isEqualTo(DATE);
    assertThat(record.contributor()).isEqualTo(KOREA);
    assertThat(record.mission()).isEqualTo(UNMISS);
    assertThat(record.category()).isEqualTo(PersonnelCategory.CONTINGENT_TROOPS);
    assertThat(record.personnel()).isEqualTo(TROOPS);
  }

  @Test
  void builder_equals_of() {
    DeploymentRecord built =
        DeploymentRecord.builder()
            .date(DATE)
            .contributor(KOREA)
            .mission(UNMISS)
            .category(PersonnelCategory.CONTINGENT_TROOPS)
            .personnel(TROOPS)
            .build();

    assertThat(built)
        .isEqualTo(
            DeploymentRecord.of(
                DATE, KOREA, UNMISS, PersonnelCategory.CONTINGENT_TROOPS, TROOPS))
        .hasSameHashCodeAs(
            DeploymentRecord.of(
                DATE, KOREA, UNMISS, PersonnelCategory.CONTINGENT_TROOPS, TROOPS));
  }

  @Test
  void differs_by_any_attribute() {
    DeploymentRecord record =
        DeploymentRecord.of(
            DATE, KOREA, UNMISS, PersonnelCategory.CONTINGENT_TROOPS, TROOPS);

    assertThat(record)
        .isNotEqualTo(
            DeploymentRecord.of(
                DATE.minusMonths(1),
                KOREA,
                UNMISS,
                PersonnelCategory.CONTINGENT_TROOPS,
                TROOPS))
        .isNotEqualTo(
            DeploymentRecord.of(
                DATE, KOREA, Mission.of("MINUSMA"), PersonnelCategory.CONTINGENT_TROOPS,
                TROOPS))
        .isNotEqualTo(
            DeploymentRecord.of(
                DATE, KOREA, UNMISS, PersonnelCategory.INDIVIDUAL_POLICE, TROOPS))
        .isNotEqualTo(
            DeploymentRecord.of(
                DATE, Contributor.parse("GBR"), UNMISS, PersonnelCategory.CONTINGENT_TROOPS,
                TROOPS));
  }

  @Test
  void rejects_null_attributes() {
    assertThatThrownBy(
            () ->
                DeploymentRecord.of(
                    null, KOREA, UNMISS, PersonnelCategory.CONTINGENT_TROOPS, TROOPS))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("date");
    assertThatThrownBy(
            () ->
                DeploymentRecord.of(DATE, KOREA, UNMISS, null, TROOPS))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("category");
    assertThatThrownBy(
            () ->
                DeploymentRecord.of(
                    DATE, KOREA, UNMISS, PersonnelCategory.CONTINGENT_TROOPS, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("personnel");
  }

  @Test
  void builder_rejects_missing_attribute() {
    assertThatThrownBy(() -> DeploymentRecord.builder().date(DATE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("contributor");
  }

  @Test
  void accepts_zero_personnel() {
    assertThat(
            DeploymentRecord.of(
                    DATE,
                    KOREA,
                    UNMISS,
                    PersonnelCategory.MILITARY_OBSERVERS,
                    PersonnelCount.ZERO)
                .personnel()
                .isZero())
        .isTrue();
  }

  @Test
  void to_string_is_readable() {
    assertThat(
            DeploymentRecord.of(
                DATE, KOREA, UNMISS, PersonnelCategory.CONTINGENT_TROOPS, TROOPS))
        .hasToString("2014-02-28 KOR in UNMISS, Troops: 8 women, 265 men");
  }
}
