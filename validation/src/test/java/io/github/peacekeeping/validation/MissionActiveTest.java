package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.constraints.MissionActive;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MissionActiveTest {

  private static final String RULE = Rules.UNSC_MISSION_ACTIVE;

  /** MINUSMA's mandate ended on 2023-06-30; its withdrawal was completed on 2023-12-31. */
  private static final LocalDate WITHDRAWN = LocalDate.of(2023, 12, 31);

  private static Unit inMinusma() {
    return Unit.builder().from(Fixtures.infantryBattalion()).mission(Mission.of("MINUSMA"))
        .build();
  }

  private static List<Finding> findings(Unit unit, LocalDate asOf) {
    return CommuniqueValidator.create().validate(unit, ValidationContext.asOf(asOf))
        .findings(RULE);
  }

  private static DeploymentRecord record(String mission, LocalDate date) {
    return DeploymentRecord.of(date, MemberState.of("BGD"), Mission.of(mission),
        PersonnelCategory.CONTINGENT_TROOPS, PersonnelCount.of(10, 840));
  }

  @Test
  void a_unit_deployed_while_its_mission_withdraws_passes_until_the_withdrawal_is_completed() {
    assertThat(findings(inMinusma(), LocalDate.of(2023, 7, 1))).isEmpty();
    assertThat(findings(inMinusma(), WITHDRAWN.minusDays(1))).isEmpty();
    assertThat(findings(inMinusma(), WITHDRAWN)).isEmpty();
  }

  @Test
  void a_unit_deployed_the_day_after_the_withdrawal_was_completed_is_an_error() {
    assertThat(findings(inMinusma(), WITHDRAWN.plusDays(1))).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).hasToString("mission");
      assertThat(f.message()).isEqualTo("Unit BGD-INF-1 is deployed in MINUSMA on 2024-01-01,"
          + " but MINUSMA completed its withdrawal on 2023-12-31");
      assertThat(f.offendingValue()).contains(Mission.of("MINUSMA"));
    });
  }

  @Test
  void a_unit_deployed_before_its_mission_started_is_an_error() {
    // UNMISS was established from 9 July 2011.
    Unit unit = Fixtures.infantryBattalion();
    assertThat(findings(unit, LocalDate.of(2011, 7, 8))).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("but UNMISS started on 2011-07-09"));
    assertThat(findings(unit, LocalDate.of(2011, 7, 9))).isEmpty();
  }

  @Test
  void a_mission_without_a_recorded_withdrawal_operates_until_its_mandate_end() {
    // MINUSTAH's mandate ended on 2017-10-15; no later withdrawal day is recorded.
    Unit unit = Unit.builder().from(Fixtures.infantryBattalion()).mission(Mission.of("MINUSTAH"))
        .build();
    assertThat(findings(unit, LocalDate.of(2017, 10, 15))).isEmpty();
    assertThat(findings(unit, LocalDate.of(2017, 10, 16))).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("but MINUSTAH ended on 2017-10-15"));
  }

  @Test
  void only_deployed_units_are_checked() {
    Unit offered = Unit.builder().from(inMinusma()).status(DeploymentStatus.READY_TO_DEPLOY)
        .build();
    Unit notBound = Unit.builder().from(offered).mission(Optional.empty()).build();

    assertThat(findings(offered, LocalDate.of(2026, 1, 1))).isEmpty();
    assertThat(findings(notBound, LocalDate.of(2026, 1, 1))).isEmpty();
  }

  @Test
  void a_record_counts_only_on_a_day_its_mission_operates() {
    CommuniqueValidator validator = CommuniqueValidator.create();
    ValidationContext context = ValidationContext.asOf(LocalDate.of(2026, 11, 23));
    // The bundled UN statistics count UNMIS personnel on 31 July 2011, after the mandate ended on
    // 9 July 2011 but before the withdrawal was completed on 31 August 2011.
    assertThat(validator.validate(record("UNMIS", LocalDate.of(2011, 7, 31)), context).findings())
        .isEmpty();
    assertThat(validator.validate(record("UNMIS", LocalDate.of(2011, 8, 31)), context).findings())
        .isEmpty();
    assertThat(validator.validate(record("UNMIS", LocalDate.of(2011, 9, 30)), context)
        .findings(RULE)).singleElement().satisfies(f -> {
          assertThat(f.path()).hasToString("mission");
          assertThat(f.message()).isEqualTo("The record of 850 contingent troops of BGD counts"
              + " personnel in UNMIS on 2011-09-30, but UNMIS completed its withdrawal on"
              + " 2011-08-31");
        });
  }

  @Test
  void a_record_dated_after_the_evaluation_date_is_not_evaluated() {
    ValidationReport report = CommuniqueValidator.create().validate(
        record("UNMIS", LocalDate.of(2011, 9, 30)), ValidationContext.asOf(LocalDate.of(2011, 9,
            1)));

    assertThat(report.findings()).isEmpty();
    assertThat(report.notices()).singleElement()
        .satisfies(n -> assertThat(n.datedOn()).isEqualTo(LocalDate.of(2011, 9, 30)));
  }

  record UnitBean(@MissionActive(payload = Severity.Error.class) Unit unit) {}

  record RecordBean(@MissionActive(payload = Severity.Error.class) DeploymentRecord record) {}

  @Test
  void default_hibernate_validator_checks_a_record_without_a_context() {
    assertThat(UnitChecks.validateBean(new RecordBean(record("UNMIS", LocalDate.of(2011, 9,
        30))))).singleElement()
        .satisfies(v -> assertThat(v.getPropertyPath()).hasToString("record.mission"));
    assertThat(UnitChecks.validateBean(new RecordBean(record("UNMIS", LocalDate.of(2011, 8,
        31))))).isEmpty();
  }

  @Test
  void default_hibernate_validator_needs_a_context_to_check_a_unit() {
    // A unit carries no date: without an evaluation date there is no day to check it on.
    assertThat(UnitChecks.validateBean(new UnitBean(inMinusma()))).isEmpty();
    assertThat(PledgeFixtures.defaultValidator(Fixtures.CONTEXT)
        .validate(new UnitBean(inMinusma()))).singleElement()
        .satisfies(v -> assertThat(v.getPropertyPath()).hasToString("unit.mission"));
  }
}
