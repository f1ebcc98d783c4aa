package io.github.peacekeeping.validation;

import static io.github.peacekeeping.core.personnel.PersonnelCategory.CONTINGENT_TROOPS;
import static io.github.peacekeeping.core.personnel.PersonnelCategory.FORMED_POLICE_UNITS;
import static io.github.peacekeeping.core.personnel.PersonnelCategory.INDIVIDUAL_POLICE;
import static io.github.peacekeeping.core.personnel.PersonnelCategory.JUSTICE_AND_CORRECTIONS;
import static io.github.peacekeeping.core.personnel.PersonnelCategory.MILITARY_OBSERVERS;
import static io.github.peacekeeping.core.personnel.PersonnelCategory.STAFF_OFFICERS;
import static io.github.peacekeeping.validation.MissionFixtures.CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.mission.Mandate;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.validation.constraints.WithinAuthorisedCeilings;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WithinAuthorisedCeilingsTest {

  private static List<Finding> findings(MissionProfile profile) {
    return CommuniqueValidator.create().validate(profile, CONTEXT)
        .findings(Rules.UNSC_AUTHORISED_CEILING);
  }

  /** The fixture with troops, staff officers and observers summing to {@code military}. */
  private static MissionProfile military(long military) {
    Map<PersonnelCategory, PersonnelCount> deployed = new EnumMap<>(MissionFixtures.unmiss().deployed());
    deployed.put(CONTINGENT_TROOPS, PersonnelCount.of(1_000, military - 1_000 - 400 - 200));
    deployed.put(STAFF_OFFICERS, PersonnelCount.of(60, 340));
    deployed.put(MILITARY_OBSERVERS, PersonnelCount.of(40, 160));
    return MissionProfile.builder().from(MissionFixtures.unmiss()).deployed(deployed).build();
  }

  @Test
  void strength_within_ceilings_has_no_finding() {
    assertThat(findings(MissionFixtures.unmiss())).isEmpty();
  }

  @Test
  void strength_at_the_ceiling_has_no_finding() {
    assertThat(findings(military(17_000))).isEmpty();
  }

  @Test
  void one_over_the_troop_ceiling_gets_error() {
    assertThat(findings(military(17_001))).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("UNSC-AUTHORISED-CEILING");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).hasToString("deployed");
      assertThat(f.message()).isEqualTo("UNMISS has deployed 17,001 contingent troops, staff"
          + " officers and military observers, 1 over the ceiling of 17,000 authorised by"
          + " S/RES/2729 (2024)");
      assertThat(f.offendingValue()).contains(MissionFixtures.TROOPS);
    });
  }

  @Test
  void justice_and_corrections_officers_count_towards_the_police_ceiling() {
    Map<PersonnelCategory, PersonnelCount> deployed = new EnumMap<>(MissionFixtures.unmiss().deployed());
    deployed.put(FORMED_POLICE_UNITS, PersonnelCount.of(200, 1_200));
    deployed.put(INDIVIDUAL_POLICE, PersonnelCount.of(200, 501));
    deployed.put(JUSTICE_AND_CORRECTIONS, PersonnelCount.ofWomen(1));
    MissionProfile profile = MissionProfile.builder().from(MissionFixtures.unmiss()).deployed(deployed).build();

    assertThat(findings(profile)).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("UNMISS has deployed 2,102 formed police units,"
          + " individual police and justice and corrections officers, 1 over the ceiling of 2,101"
          + " authorised by S/RES/2729 (2024)");
      assertThat(f.offendingValue()).contains(MissionFixtures.POLICE);
    });
    deployed.put(JUSTICE_AND_CORRECTIONS, PersonnelCount.ZERO);
    assertThat(findings(MissionProfile.builder().from(profile).deployed(deployed).build())).isEmpty();
  }

  @Test
  void each_exceeded_ceiling_is_one_finding() {
    MissionProfile profile = MissionProfile.builder().from(military(20_000))
        .putDeployed(JUSTICE_AND_CORRECTIONS, PersonnelCount.ofMen(5_000)).build();

    assertThat(findings(profile)).extracting(Finding::offendingValue)
        .containsExactly(java.util.Optional.of(MissionFixtures.TROOPS),
            java.util.Optional.of(MissionFixtures.POLICE));
  }

  @Test
  void a_category_without_a_ceiling_is_not_capped() {
    Mandate policeOnly = Mandate.builder().from(MissionFixtures.unmiss2024())
        .ceilings(List.of(MissionFixtures.POLICE)).build();
    MissionProfile profile = MissionProfile.builder().from(military(50_000))
        .mandates(List.of(policeOnly)).build();

    assertThat(findings(profile)).isEmpty();
  }

  record Bean(@WithinAuthorisedCeilings(payload = Severity.Error.class) MissionProfile profile) {}

  @Test
  void default_hibernate_validator_reports_exceeded_ceiling() {
    assertThat(MissionFixtures.validateByDefault(new Bean(military(17_001)))).singleElement()
        .satisfies(v -> {
          assertThat(v.getPropertyPath()).hasToString("profile.deployed");
          assertThat(v.getConstraintDescriptor().getPayload()).containsExactly(Severity.Error.class);
          assertThat(SequencedMandateTest.ruleId(v)).isEqualTo("UNSC-AUTHORISED-CEILING");
          assertThat(v.getMessage()).startsWith("UNMISS has deployed 17,001 contingent troops");
        });
    assertThat(MissionFixtures.validateByDefault(new Bean(military(17_000)))).isEmpty();
  }

  /** UNMISS's police ceiling with the sub-ceiling REQUIREMENTS quotes: "including 1,441 formed police". */
  private static MissionProfile withFormedPoliceSubCeiling(long formedPolice) {
    Mandate mandate = Mandate.builder().from(MissionFixtures.unmiss2024())
        .ceilings(List.of(MissionFixtures.TROOPS, MissionFixtures.POLICE.withSubCeiling(
            io.github.peacekeeping.core.mission.AuthorisedCeiling.of(1_441,
                FORMED_POLICE_UNITS))))
        .build();
    Map<PersonnelCategory, PersonnelCount> deployed =
        new EnumMap<>(MissionFixtures.unmiss().deployed());
    deployed.put(FORMED_POLICE_UNITS, PersonnelCount.of(100, formedPolice - 100));
    deployed.put(INDIVIDUAL_POLICE, PersonnelCount.of(0, 0));
    deployed.put(JUSTICE_AND_CORRECTIONS, PersonnelCount.of(0, 0));
    return MissionProfile.builder().from(MissionFixtures.unmiss()).mandates(List.of(mandate))
        .deployed(deployed).build();
  }

  @Test
  void formed_police_at_their_sub_ceiling_pass_and_one_more_is_an_error() {
    assertThat(findings(withFormedPoliceSubCeiling(1_441))).isEmpty();
    assertThat(findings(withFormedPoliceSubCeiling(1_442))).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).isEqualTo("UNMISS has deployed 1,442 formed police units, 1 over"
          + " the sub-ceiling of 1,441 authorised by S/RES/2729 (2024)");
      assertThat(f.offendingValue()).contains(
          io.github.peacekeeping.core.mission.AuthorisedCeiling.of(1_441, FORMED_POLICE_UNITS));
    });
  }

  @Test
  void the_ceilings_checked_are_those_of_the_mandate_in_force_on_the_profile_day() {
    // Illustrative later mandate with a lower troop ceiling, from 2025-05-01.
    Mandate later = Mandate.builder().from(MissionFixtures.unmiss2024())
        .authorisedBy(io.github.peacekeeping.core.mission.SecurityCouncilResolution.of(2779, 2025))
        .period(io.github.peacekeeping.core.mission.MandatePeriod.parse("2025-05-01/2026-04-30"))
        .ceilings(List.of(io.github.peacekeeping.core.mission.AuthorisedCeiling.ofMilitary(12_000),
            MissionFixtures.POLICE))
        .build();
    MissionProfile profile = MissionProfile.builder().from(military(12_400))
        .mandates(List.of(MissionFixtures.unmiss2024(), later)).build();
    ValidationContext context = ValidationContext.asOf(java.time.LocalDate.of(2026, 1, 1));

    MissionProfile dayBefore = MissionProfile.builder().from(profile)
        .asOf(java.time.LocalDate.of(2025, 4, 30)).build();
    MissionProfile firstDay = MissionProfile.builder().from(profile)
        .asOf(java.time.LocalDate.of(2025, 5, 1)).build();

    assertThat(CommuniqueValidator.create().validate(dayBefore, context)
        .findings(Rules.UNSC_AUTHORISED_CEILING)).isEmpty();
    assertThat(CommuniqueValidator.create().validate(firstDay, context)
        .findings(Rules.UNSC_AUTHORISED_CEILING)).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("400 over the ceiling of 12,000"
            + " authorised by S/RES/2779 (2025)"));
  }

  @Test
  void a_profile_dated_after_the_evaluation_date_is_not_evaluated() {
    MissionProfile profile = military(50_000);
    ValidationReport report = CommuniqueValidator.create().validate(profile,
        ValidationContext.asOf(MissionFixtures.AS_OF.minusDays(1)));

    assertThat(report.findings()).isEmpty();
    assertThat(report.notices()).singleElement().satisfies(n -> assertThat(n.message())
        .isEqualTo("The profile of UNMISS, dated on 2024-09-30, after the evaluation date"
            + " 2024-09-29, did not exist on that date: it was not evaluated"));
  }

  @Test
  void a_profile_whose_day_no_mandate_covers_has_no_ceiling_to_check() {
    MissionProfile outside = MissionProfile.builder().from(military(50_000))
        .asOf(java.time.LocalDate.of(2025, 6, 1)).build();

    assertThat(CommuniqueValidator.create().validate(outside,
        ValidationContext.asOf(java.time.LocalDate.of(2026, 1, 1)))
        .findings(Rules.UNSC_AUTHORISED_CEILING)).isEmpty();
  }
}
