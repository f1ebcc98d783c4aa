package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.contributor.InternationalOrganisation;
import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.contributor.MemberStateCommitments;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.mission.AuthorisedCeiling;
import io.github.peacekeeping.core.mission.Mandate;
import io.github.peacekeeping.core.mission.MandatePeriod;
import io.github.peacekeeping.core.mission.MandatedTask;
import io.github.peacekeeping.core.mission.MandatedTaskKind;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.mission.MissionCapability;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.core.mission.SecurityCouncilResolution;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.personnel.Share;
import io.github.peacekeeping.core.pledge.Arrangement;
import io.github.peacekeeping.core.pledge.AssessmentVisit;
import io.github.peacekeeping.core.pledge.Donation;
import io.github.peacekeeping.core.pledge.EquipmentOffer;
import io.github.peacekeeping.core.pledge.JointPledge;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.RapidDeploymentCommitment;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessExit;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.pledge.Rotation;
import io.github.peacekeeping.core.pledge.RotationPeriod;
import io.github.peacekeeping.core.pledge.SurAlignment;
import io.github.peacekeeping.core.pledge.SurKind;
import io.github.peacekeeping.core.pledge.TrainingOffer;
import io.github.peacekeeping.core.pledge.TriangularPartnership;
import io.github.peacekeeping.core.unit.Caveat;
import io.github.peacekeeping.core.unit.EngagementTeam;
import io.github.peacekeeping.core.unit.Platoon;
import io.github.peacekeeping.core.unit.PredeploymentTraining;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitCategory;
import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.Rules;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.ValidationContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReaderTest {

  private static final JsonReader READER = JsonReader.create();

  private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2024, 6, 1));

  private static <T> T read(String json, Class<T> type) {
    return READER.read(json, type).value();
  }

  private static InvalidDocumentException problemsOf(String json, Class<?> type) {
    try {
      READER.read(json, type);
    } catch (InvalidDocumentException e) {
      return e;
    }
    throw new AssertionError("expected an InvalidDocumentException for " + json);
  }

  // ---------------------------------------------------------------- values decode

  @Test
  void reads_textual_values() {
    assertThat(read("\"KOR\"", Contributor.class)).isEqualTo(MemberState.of("KOR"));
    assertThat(read("\"EU\"", Contributor.class)).isEqualTo(InternationalOrganisation.EU);
    assertThat(read("\"KOR\"", MemberState.class)).isEqualTo(MemberState.of("KOR"));
    assertThat(read("\"EU\"", InternationalOrganisation.class)).isEqualTo(InternationalOrganisation.EU);
    assertThat(read("\"UNMISS\"", Mission.class)).isEqualTo(Mission.of("UNMISS"));
    assertThat(read("\"UNOSOM II\"", Mission.class)).isEqualTo(Mission.of("UNOSOM II"));
    assertThat(read("\"S/RES/2729 (2024)\"", SecurityCouncilResolution.class))
        .isEqualTo(SecurityCouncilResolution.of(2729, 2024));
    assertThat(read("\"20%\"", Share.class)).isEqualTo(Share.ofPercent(20));
    assertThat(read("\"1/3\"", Share.class)).isEqualTo(Share.of(1, 3));
    assertThat(read("\"2024-04-30/2025-04-30\"", MandatePeriod.class))
        .isEqualTo(MandatePeriod.of(LocalDate.of(2024, 4, 30), LocalDate.of(2025, 4, 30)));
  }

  @Test
  void reads_personnel_count() {
    assertThat(read("{\"women\": 18, \"men\": 122}", PersonnelCount.class))
        .isEqualTo(PersonnelCount.of(18, 122));
  }

  @Test
  void reads_standard_and_other_unit_types() {
    assertThat(read("\"FORMED_POLICE_UNIT\"", UnitType.class)).isEqualTo(UnitType.FORMED_POLICE_UNIT);
    String other = """
        {"code": "MINE_ACTION_TEAM", "name": "Mine action team", "category": "MILITARY",
         "formed": true, "nominalStrength": 40, "helicopter": false, "medical": false}
        """;
    assertThat(read(other, UnitType.class)).isEqualTo(UnitType.builder()
        .code("MINE_ACTION_TEAM").name("Mine action team").category(UnitCategory.MILITARY)
        .formed(true).nominalStrength(40).build());
  }

  @Test
  void reads_unit_parts() {
    assertThat(read("{\"name\": \"P1\", \"personnel\": {\"women\": 30, \"men\": 0}}", Platoon.class))
        .isEqualTo(Platoon.of("P1", PersonnelCount.of(30, 0)));
    assertThat(read("{\"name\": \"MET\", \"personnel\": {\"women\": 2, \"men\": 2}}", EngagementTeam.class))
        .isEqualTo(EngagementTeam.of("MET", PersonnelCount.of(2, 2)));
    assertThat(read("{\"description\": \"no night patrols\", \"declared\": false}", Caveat.class))
        .isEqualTo(Caveat.undeclared("no night patrols"));
    assertThat(read("""
        {"unMinimumStandards": true, "conflictRelatedSexualViolence": false,
         "sexualExploitationAndAbuse": true, "genderSensitive": false}
        """, PredeploymentTraining.class))
        .isEqualTo(PredeploymentTraining.builder().unMinimumStandards(true)
            .sexualExploitationAndAbuse(true).build());
  }

  @Test
  void reads_unit() {
    assertThat(read(Fixtures.UNIT, Unit.class)).isEqualTo(Fixtures.unit());
  }

  @Test
  void reads_every_kind_of_arrangement() {
    MemberState nor = MemberState.of("NOR");
    MemberState srb = MemberState.of("SRB");
    assertThat(read("{\"kind\": \"JOINT\", \"contributors\": [\"NOR\", \"SRB\"]}", Arrangement.class))
        .isEqualTo(JointPledge.of(List.of(nor, srb)));
    assertThat(read("""
        {"kind": "ROTATION", "periods": [
          {"contributor": "NOR", "from": "2019-01-01", "to": "2019-06-30"},
          {"contributor": "SRB", "from": "2019-07-01", "to": "2019-12-31"}]}
        """, Arrangement.class))
        .isEqualTo(Rotation.of(List.of(
            RotationPeriod.of(nor, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 30)),
            RotationPeriod.of(srb, LocalDate.of(2019, 7, 1), LocalDate.of(2019, 12, 31)))));
    assertThat(read("{\"kind\": \"TRIANGULAR\", \"contributor\": \"NOR\", \"provider\": \"EU\"}", Arrangement.class))
        .isEqualTo(TriangularPartnership.of(nor, InternationalOrganisation.EU));
    assertThat(read("{\"kind\": \"DONATION\", \"donor\": \"NOR\"}", Arrangement.class))
        .isEqualTo(Donation.of(nor, java.util.Optional.empty()));
    assertThat(read("{\"kind\": \"DONATION\", \"donor\": \"NOR\", \"recipient\": \"SRB\"}", Arrangement.class))
        .isEqualTo(Donation.of(nor, srb));
  }

  @Test
  void reads_offers_and_readiness() {
    assertThat(read("{\"description\": \"helicopters\", \"quantity\": 16, \"recipient\": \"SRB\"}", EquipmentOffer.class))
        .isEqualTo(EquipmentOffer.of("helicopters", 16, MemberState.of("SRB")));
    assertThat(read("{\"description\": \"courses\", \"recipients\": [\"SRB\", \"AU\"]}", TrainingOffer.class))
        .isEqualTo(TrainingOffer.of("courses", List.of(MemberState.of("SRB"), InternationalOrganisation.AU)));
    assertThat(read("""
        {"steps": [
          {"on": "2019-11-04", "level": "LEVEL_1"},
          {"on": "2020-03-15", "level": "RAPID_DEPLOYMENT",
           "aav": {"date": "2020-03-01", "successful": true},
           "sur": {"reference": "SUR-1", "kind": "MISSION_SPECIFIC", "alignedOn": "2020-03-10"},
           "rapidDeployment": {"days": 60, "committedOn": "2020-03-15"}},
          {"on": "2021-01-31", "exit": "EXPIRED"}]}
        """, Readiness.class))
        .isEqualTo(Readiness.of(
            ReadinessStep.reached(ReadinessLevel.LEVEL_1, LocalDate.of(2019, 11, 4)),
            ReadinessStep.builder().on(LocalDate.of(2020, 3, 15))
                .level(ReadinessLevel.RAPID_DEPLOYMENT)
                .aav(AssessmentVisit.of(LocalDate.of(2020, 3, 1)))
                .sur(SurAlignment.of("SUR-1", SurKind.MISSION_SPECIFIC, LocalDate.of(2020, 3, 10)))
                .rapidDeployment(RapidDeploymentCommitment.of(60, LocalDate.of(2020, 3, 15)))
                .build(),
            ReadinessStep.left(ReadinessExit.EXPIRED, LocalDate.of(2021, 1, 31))));
  }

  @Test
  void reads_the_parts_of_a_readiness_step() {
    assertThat(read("{\"date\": \"2020-03-01\", \"successful\": false}", AssessmentVisit.class))
        .isEqualTo(AssessmentVisit.unsuccessful(LocalDate.of(2020, 3, 1)));
    assertThat(read("{\"reference\": \"SUR-FPU\", \"kind\": \"GENERIC\", \"alignedOn\": \"2020-03-10\"}",
        SurAlignment.class))
        .isEqualTo(SurAlignment.generic("SUR-FPU", LocalDate.of(2020, 3, 10)));
    assertThat(read("{\"days\": 30, \"committedOn\": \"2020-03-15\"}", RapidDeploymentCommitment.class))
        .isEqualTo(RapidDeploymentCommitment.of(30, LocalDate.of(2020, 3, 15)));
    assertThat(read("{\"on\": \"2018-01-31\", \"exit\": \"WITHDRAWN\"}", ReadinessStep.class))
        .isEqualTo(ReadinessStep.left(ReadinessExit.WITHDRAWN, LocalDate.of(2018, 1, 31)));
  }

  @Test
  void rejects_evidence_dated_after_its_step_at_the_evidence() {
    String json = """
        {"steps": [
          {"on": "2019-11-04", "level": "LEVEL_1"},
          {"on": "2020-03-15", "level": "LEVEL_3",
           "aav": {"date": "2020-03-16", "successful": true},
           "sur": {"reference": "SUR-1", "kind": "GENERIC", "alignedOn": "2020-03-10"}}]}
        """;
    assertThat(problemsOf(json, Readiness.class).problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.STRUCTURE);
      assertThat(p.pointer()).isEqualTo("/steps/1/aav");
      assertThat(p.message()).isEqualTo(
          "aav: evidence must not be dated after the step it supports (2020-03-15), was 2020-03-16");
    });
  }

  @Test
  void rejects_a_step_with_both_a_level_and_an_exit_at_its_level() {
    String json = """
        {"steps": [{"on": "2019-11-04", "level": "LEVEL_1"},
                   {"on": "2020-01-31", "level": "LEVEL_2", "exit": "WITHDRAWN"}]}
        """;
    assertThat(problemsOf(json, Readiness.class).problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/steps/1/level");
      assertThat(p.message()).startsWith("level: a step must have either a level or an exit, was"
          + " level LEVEL_2 and exit WITHDRAWN");
    });
  }

  @Test
  void rejects_a_step_with_neither_a_level_nor_an_exit_at_the_step() {
    assertThat(problemsOf("{\"on\": \"2020-01-31\"}", ReadinessStep.class).problems())
        .singleElement().satisfies(p -> {
          assertThat(p.pointer()).isEmpty();
          assertThat(p.message()).contains("a step must have either a level or an exit");
        });
  }

  @Test
  void rejects_steps_out_of_order_and_an_empty_history() {
    String json = """
        {"steps": [{"on": "2020-01-31", "level": "LEVEL_1"}, {"on": "2020-01-31", "level": "LEVEL_2"}]}
        """;
    assertThat(problemsOf(json, Readiness.class).problems()).singleElement()
        .satisfies(p -> {
          assertThat(p.pointer()).isEqualTo("/steps/1");
          assertThat(p.message()).startsWith("steps[1]: must be after the step before it");
        });
    assertThat(problemsOf("{\"steps\": []}", Readiness.class).problems()).singleElement()
        .satisfies(p -> {
          assertThat(p.pointer()).isEqualTo("/steps");
          assertThat(p.message()).isEqualTo("steps: must not be empty, was []");
        });
  }

  @Test
  void rejects_a_history_that_starts_with_an_exit() {
    assertThat(problemsOf("{\"steps\": [{\"on\": \"2020-01-31\", \"exit\": \"WITHDRAWN\"}]}",
        Readiness.class).problems()).singleElement()
        .satisfies(p -> assertThat(p.message())
            .startsWith("steps: the first step must reach a level (the registration)"));
  }

  @Test
  void rejects_reconfirmations_out_of_order_at_the_later_one() {
    String json = Fixtures.PLEDGE.replace("\"pledgedOn\": \"2021-12-07\",",
        "\"pledgedOn\": \"2021-12-07\", \"reconfirmations\": [\"2022-12-01\", \"2022-06-01\"],");
    assertThat(json).isNotEqualTo(Fixtures.PLEDGE);
    assertThat(problemsOf(json, Pledge.class).problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/reconfirmations/1");
      assertThat(p.message()).isEqualTo("reconfirmations[1]: must be after the reconfirmation"
          + " before it (2022-12-01), was 2022-06-01");
    });
  }

  @Test
  void rejects_a_vetting_day_of_a_unit_not_vetted() {
    String json = Fixtures.UNIT.replace("\"vetted\": true,", "\"vetted\": false, \"vettedOn\": \"2024-01-10\",");
    assertThat(json).isNotEqualTo(Fixtures.UNIT);
    assertThat(problemsOf(json, Unit.class).problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/vettedOn");
      assertThat(p.message()).startsWith("vettedOn: must be empty unless vetted is true, was 2024-01-10");
    });
  }

  @Test
  void reads_pledge() {
    assertThat(read(Fixtures.PLEDGE, Pledge.class)).isEqualTo(Fixtures.pledge());
  }

  @Test
  void reads_pledge_with_empty_lists_omitted() {
    String json = """
        {"id": "P-2", "arrangement": {"kind": "SINGLE", "contributor": "KOR"}, "pledgedOn": "2021-12-07"}
        """;
    assertThat(read(json, Pledge.class)).isEqualTo(Pledge.builder().id("P-2")
        .contributor(MemberState.of("KOR")).pledgedOn(LocalDate.of(2021, 12, 7)).build());
  }

  @Test
  void reads_a_pledges_reconfirmations_and_a_units_vetting_day() {
    String json = Fixtures.pledge(Fixtures.UNIT.replace("\"vetted\": true,",
            "\"vetted\": true, \"vettedOn\": \"2023-11-20\","))
        .replace("\"pledgedOn\": \"2021-12-07\",",
            "\"pledgedOn\": \"2021-12-07\", \"reconfirmations\": [\"2022-12-01\", \"2023-11-30\"],");
    Pledge pledge = read(json, Pledge.class);
    assertThat(pledge.reconfirmations())
        .containsExactly(LocalDate.of(2022, 12, 1), LocalDate.of(2023, 11, 30));
    assertThat(pledge.units().get(0).vettedOn()).contains(LocalDate.of(2023, 11, 20));
  }

  private static final String MANDATE = """
      {"mission": "UNMISS", "authorisedBy": "S/RES/2729 (2024)", "period": "2024-04-30/2025-04-30",
       "tasks": [{"description": "Protection of civilians", "kind": "PROTECTION_OF_CIVILIANS", "priority": 1}],
       "ceilings": [{"categories": ["CONTINGENT_TROOPS"], "maximum": 17000}]}
      """;

  private static Mandate mandate() {
    return Mandate.builder()
        .mission(Mission.of("UNMISS"))
        .authorisedBy(SecurityCouncilResolution.of(2729, 2024))
        .period(MandatePeriod.of(LocalDate.of(2024, 4, 30), LocalDate.of(2025, 4, 30)))
        .addTask(MandatedTask.of("Protection of civilians", MandatedTaskKind.PROTECTION_OF_CIVILIANS)
            .withPriority(1))
        .addCeiling(AuthorisedCeiling.of(17000, PersonnelCategory.CONTINGENT_TROOPS))
        .build();
  }

  @Test
  void reads_mandate_and_its_parts() {
    assertThat(read("{\"description\": \"Elections\", \"kind\": \"ELECTORAL_ASSISTANCE\", \"phase\": \"II\"}", MandatedTask.class))
        .isEqualTo(MandatedTask.of("Elections", MandatedTaskKind.ELECTORAL_ASSISTANCE).withPhase("II"));
    assertThat(read("{\"categories\": [\"FORMED_POLICE_UNITS\", \"INDIVIDUAL_POLICE\"], \"maximum\": 2101}", AuthorisedCeiling.class))
        .isEqualTo(AuthorisedCeiling.of(2101, Set.of(PersonnelCategory.FORMED_POLICE_UNITS, PersonnelCategory.INDIVIDUAL_POLICE)));
    assertThat(read(MANDATE, Mandate.class)).isEqualTo(mandate());
  }

  @Test
  void reads_a_ceiling_with_its_sub_ceilings() {
    String json = """
        {"categories": ["FORMED_POLICE_UNITS", "INDIVIDUAL_POLICE"], "maximum": 2101,
         "subCeilings": [{"categories": ["FORMED_POLICE_UNITS"], "maximum": 1441}]}
        """;
    assertThat(read(json, AuthorisedCeiling.class)).isEqualTo(AuthorisedCeiling.ofPolice(2101)
        .withSubCeiling(AuthorisedCeiling.of(1441, PersonnelCategory.FORMED_POLICE_UNITS)));
  }

  @Test
  void rejects_a_sub_ceiling_above_its_ceiling_at_the_sub_ceiling() {
    String json = """
        {"categories": ["FORMED_POLICE_UNITS", "INDIVIDUAL_POLICE"], "maximum": 2101,
         "subCeilings": [{"categories": ["INDIVIDUAL_POLICE"], "maximum": 600},
                         {"categories": ["FORMED_POLICE_UNITS"], "maximum": 2200}]}
        """;
    assertThat(problemsOf(json, AuthorisedCeiling.class).problems()).singleElement()
        .satisfies(p -> {
          assertThat(p.pointer()).isEqualTo("/subCeilings/1");
          assertThat(p.message()).isEqualTo("subCeilings[1]: must not allow more than 2101, was"
              + " up to 2200 of FORMED_POLICE_UNITS");
        });
  }

  @Test
  void reads_mission_profile() {
    String json = """
        {"mission": "UNMISS", "mandates": [%s], "capabilities": ["GENDER_ADVISERS"],
         "deployed": {"CONTINGENT_TROOPS": {"women": 900, "men": 12000}}, "asOf": "2024-06-01"}
        """.formatted(MANDATE);
    assertThat(read(json, MissionProfile.class)).isEqualTo(MissionProfile.builder()
        .mission(Mission.of("UNMISS")).addMandate(mandate())
        .addCapability(MissionCapability.GENDER_ADVISERS)
        .putDeployed(PersonnelCategory.CONTINGENT_TROOPS, PersonnelCount.of(900, 12000))
        .asOf(LocalDate.of(2024, 6, 1)).build());
  }

  @Test
  void rejects_overlapping_mandates_at_the_later_one() {
    String later = MANDATE.replace("2024-04-30/2025-04-30", "2025-04-30/2026-04-30")
        .replace("S/RES/2729 (2024)", "S/RES/2779 (2025)");
    String json = """
        {"mission": "UNMISS", "mandates": [%s, %s], "capabilities": [], "deployed": {},
         "asOf": "2025-06-01"}
        """.formatted(MANDATE, later);
    assertThat(problemsOf(json, MissionProfile.class).problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/mandates/1");
      assertThat(p.message()).startsWith("mandates[1]: must start after the mandate before it ends");
    });
  }

  @Test
  void rejects_a_mission_profile_of_schema_1_0_naming_the_property_that_replaced_its_mandate() {
    String json = """
        {"mission": "UNMISS", "mandate": %s, "capabilities": [], "deployed": {}, "asOf": "2024-06-01"}
        """.formatted(MANDATE);
    assertThat(problemsOf(json, MissionProfile.class).problems())
        .extracting(JsonProblem::pointer, JsonProblem::message)
        .contains(org.assertj.core.api.Assertions.tuple("/mandate", "unknown property 'mandate' in a"
            + " mission profile (expected mission, mandates, capabilities, deployed, asOf)"));
  }

  @Test
  void reads_member_state_commitments_and_deployment_record() {
    assertThat(read("""
        {"memberState": "GHA", "wpsNationalActionPlan": true, "rolesOpenToWomenReported": false,
         "officersByRankAndGenderReported": true}
        """, MemberStateCommitments.class))
        .isEqualTo(MemberStateCommitments.builder().memberState(MemberState.of("GHA"))
            .wpsNationalActionPlan(true).officersByRankAndGenderReported(true).build());
    assertThat(read("""
        {"date": "2014-02-28", "contributor": "GHA", "mission": "UNMISS",
         "category": "CONTINGENT_TROOPS", "personnel": {"women": 10, "men": 90}}
        """, DeploymentRecord.class))
        .isEqualTo(DeploymentRecord.of(LocalDate.of(2014, 2, 28), MemberState.of("GHA"),
            Mission.of("UNMISS"), PersonnelCategory.CONTINGENT_TROOPS, PersonnelCount.of(10, 90)));
  }

  @Test
  void refuses_a_variant_acronym_that_mission_find_resolves() {
    // The format has one spelling per mission: the catalogue's acronym, not "ONUCI" or "UNOSOM 2".
    assertThat(problemsOf("\"ONUCI\"", Mission.class)).hasMessageContaining(
        "unknown mission 'ONUCI' (expected the upper-case acronym of a catalogued mission");
    assertThat(problemsOf("\"UNOSOM 2\"", Mission.class)).hasMessageContaining(
        "unknown mission 'UNOSOM 2'");
  }

  @Test
  void reads_a_record_of_a_mission_whose_acronym_has_a_numeral_after_a_space() {
    assertThat(read("""
        {"date": "1994-06-30", "contributor": "IND", "mission": "UNOSOM II",
         "category": "CONTINGENT_TROOPS", "personnel": {"women": 0, "men": 100}}
        """, DeploymentRecord.class))
        .isEqualTo(DeploymentRecord.of(LocalDate.of(1994, 6, 30), MemberState.of("IND"),
            Mission.of("UNOSOM II"), PersonnelCategory.CONTINGENT_TROOPS, PersonnelCount.of(0, 100)));
  }

  @Test
  void reads_registry_document() {
    assertThat(read(Fixtures.registry(Fixtures.PLEDGE), PledgeRegistryDocument.class))
        .isEqualTo(PledgeRegistryDocument.of(List.of(Fixtures.pledge())));
  }

  @Test
  void reads_snapshot_document() {
    String json = """
        {"schemaVersion": "2.0", "type": "deployment-snapshot", "date": "2014-02-28", "records": [
          {"date": "2014-02-28", "contributor": "GHA", "mission": "UNMISS",
           "category": "CONTINGENT_TROOPS", "personnel": {"women": 10, "men": 90}}]}
        """;
    DeploymentRecord record = DeploymentRecord.of(LocalDate.of(2014, 2, 28), MemberState.of("GHA"),
        Mission.of("UNMISS"), PersonnelCategory.CONTINGENT_TROOPS, PersonnelCount.of(10, 90));
    assertThat(read(json, DeploymentSnapshotDocument.class)).isEqualTo(
        DeploymentSnapshotDocument.of(DeploymentSnapshot.of(LocalDate.of(2014, 2, 28), List.of(record))));
  }

  // ---------------------------------------------------------------- sources

  @Test
  void reads_the_same_value_from_every_source(@TempDir Path dir) throws Exception {
    byte[] bytes = Fixtures.UNIT.getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("unit.json"), bytes);
    Unit expected = Fixtures.unit();
    assertThat(READER.read(bytes, Unit.class).value()).isEqualTo(expected);
    assertThat(READER.read(new ByteArrayInputStream(bytes), Unit.class).value()).isEqualTo(expected);
    assertThat(READER.read(new StringReader(Fixtures.UNIT), Unit.class).value()).isEqualTo(expected);
    assertThat(READER.read(file, Unit.class).value()).isEqualTo(expected);
  }

  @Test
  void io_failure_is_not_a_document_problem(@TempDir Path dir) {
    assertThatThrownBy(() -> READER.read(dir.resolve("missing.json"), Unit.class))
        .isInstanceOf(java.io.UncheckedIOException.class);
  }

  @Test
  void does_not_close_the_callers_stream() {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in = new ByteArrayInputStream("\"KOR\"".getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed.set(true);
      }
    };
    READER.read(in, Contributor.class);
    assertThat(closed).isFalse();
  }

  @Test
  void rejects_a_type_outside_the_format() {
    assertThatThrownBy(() -> READER.read("{}", String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("type: not a type of the JSON exchange format, was java.lang.String");
  }

  // ---------------------------------------------------------------- versions

  @Test
  void rejects_an_unknown_major_version_at_schema_version() {
    for (String version : List.of("3.0", "0.9")) {
      InvalidDocumentException e = problemsOf("{\"schemaVersion\": \"" + version
          + "\", \"type\": \"pledge-registry\", \"pledges\": [], \"extra\": 1}",
          PledgeRegistryDocument.class);
      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.kind()).isEqualTo(ProblemKind.STRUCTURE);
        assertThat(p.pointer()).isEqualTo("/schemaVersion");
        assertThat(p.message()).isEqualTo("unsupported schema version '" + version + "': this"
            + " reader reads major version 2 up to 2.0, and 1.0 where it maps without inventing"
            + " a fact");
      });
    }
  }

  @Test
  void rejects_a_newer_minor_version_and_a_malformed_one() {
    assertThat(problemsOf("{\"schemaVersion\": \"2.1\", \"type\": \"pledge-registry\"}", PledgeRegistryDocument.class)
        .problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("newer than this reader's 2.0"));
    assertThat(problemsOf("{\"schemaVersion\": \"1.1\", \"type\": \"pledge-registry\"}", PledgeRegistryDocument.class)
        .problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("unsupported schema version '1.1'"));
    assertThat(problemsOf("{\"schemaVersion\": \"1\", \"type\": \"pledge-registry\"}", PledgeRegistryDocument.class)
        .problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("malformed schema version '1'"));
  }

  @Test
  void rejects_a_document_of_another_type() {
    JsonProblem problem = problemsOf(
        "{\"schemaVersion\": \"2.0\", \"type\": \"deployment-snapshot\", \"pledges\": []}",
        PledgeRegistryDocument.class).problems().get(0);
    assertThat(problem.pointer()).isEqualTo("/type");
    assertThat(problem.message()).contains("unexpected document type 'deployment-snapshot'");
  }

  // ---------------------------------------------------------------- rules

  @Test
  void without_a_context_runs_no_rule() {
    assertThat(READER.read(Fixtures.UNIT_WITHOUT_NIO, Unit.class).findings().findings()).isEmpty();
  }

  @Test
  void findings_below_the_threshold_travel_with_the_value() {
    JsonReader reader = JsonReader.builder().context(CONTEXT).build();
    Validated<Unit> read = reader.read(Fixtures.UNIT_WITHOUT_NIO, Unit.class);
    assertThat(read.findings().findings(Rules.LDN16_NIO)).singleElement()
        .satisfies(f -> assertThat(f.path()).hasToString("roles"));
  }

  @Test
  void reject_at_error_rejects_a_unit_without_national_investigation_officer() {
    JsonReader reader = JsonReader.builder().context(CONTEXT).rejectAt(Severity.ERROR).build();
    assertThatThrownBy(() -> reader.read(Fixtures.UNIT_WITHOUT_NIO, Unit.class))
        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems())
            .filteredOn(p -> p.finding().map(Finding::ruleId).orElse("").equals(Rules.LDN16_NIO))
            .singleElement()
            .satisfies(p -> {
              assertThat(p.kind()).isEqualTo(ProblemKind.RULE);
              assertThat(p.pointer()).isEqualTo("/roles");
              assertThat(p.message()).startsWith("LDN16-NIO (ERROR): ");
            }));
  }

  @Test
  void reject_at_error_points_into_the_registry() {
    JsonReader reader = JsonReader.builder().context(CONTEXT).rejectAt(Severity.ERROR).build();
    String json = Fixtures.registry(Fixtures.PLEDGE, Fixtures.pledge(Fixtures.UNIT_WITHOUT_NIO));
    assertThatThrownBy(() -> reader.read(json, PledgeRegistryDocument.class))
        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems())
            .filteredOn(p -> p.finding().map(Finding::ruleId).orElse("").equals(Rules.LDN16_NIO))
            .extracting(JsonProblem::pointer)
            .containsExactly("/pledges/1/units/0/roles"));
  }

  @Test
  void reject_at_error_accepts_a_unit_with_national_investigation_officer() {
    JsonReader reader = JsonReader.builder().context(CONTEXT).rejectAt(Severity.ERROR).build();
    Validated<Unit> read = reader.read(Fixtures.UNIT, Unit.class);
    assertThat(read.value()).isEqualTo(Fixtures.unit());
    assertThat(read.findings().findingsAtOrAbove(Severity.ERROR)).isEmpty();
  }

  @Test
  void a_pledge_made_after_the_evaluation_date_travels_with_a_notice_and_no_finding() {
    JsonReader reader = JsonReader.builder().context(CONTEXT).rejectAt(Severity.INFO).build();
    String json = Fixtures.pledge(Fixtures.UNIT_WITHOUT_NIO)
        .replace("\"pledgedOn\": \"2021-12-07\"", "\"pledgedOn\": \"2024-12-07\"")
        .replace("\"on\": \"2021-12-08\"", "\"on\": \"2024-12-08\"");
    Validated<Pledge> read = reader.read(json, Pledge.class);
    assertThat(read.findings().findings()).isEmpty();
    assertThat(read.findings().notices()).singleElement().satisfies(n -> {
      assertThat(n.datedOn()).isEqualTo(LocalDate.of(2024, 12, 7));
      assertThat(n.asOf()).isEqualTo(CONTEXT.asOf());
    });
  }

  @Test
  void reject_at_error_rejects_a_deployment_record_of_a_mission_that_had_withdrawn() {
    // UNMIS completed its withdrawal on 31 August 2011; the UN still counted it on 31 July 2011.
    String record = """
        {"date": "%s", "contributor": "GHA", "mission": "UNMIS",
         "category": "CONTINGENT_TROOPS", "personnel": {"women": 10, "men": 90}}
        """;
    JsonReader reader = JsonReader.builder().context(CONTEXT).rejectAt(Severity.ERROR).build();
    assertThat(reader.read(record.formatted("2011-07-31"), DeploymentRecord.class).findings()
        .findings()).isEmpty();
    assertThatThrownBy(() -> reader.read(record.formatted("2011-09-30"), DeploymentRecord.class))
        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems())
            .singleElement().satisfies(p -> {
              assertThat(p.kind()).isEqualTo(ProblemKind.RULE);
              assertThat(p.finding().map(Finding::ruleId)).contains(Rules.UNSC_MISSION_ACTIVE);
            }));
  }

  @Test
  void refuses_a_snapshot_dated_after_the_evaluation_date_at_its_date() {
    String json = """
        {"schemaVersion": "2.0", "type": "deployment-snapshot", "date": "2024-06-30", "records": []}
        """;
    JsonReader reader = JsonReader.builder().context(CONTEXT).build();
    assertThatThrownBy(() -> reader.read(json, DeploymentSnapshotDocument.class))
        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems())
            .singleElement().satisfies(p -> {
              assertThat(p.kind()).isEqualTo(ProblemKind.STRUCTURE);
              assertThat(p.pointer()).isEqualTo("/date");
              assertThat(p.message()).isEqualTo("the snapshot is dated 2024-06-30, after the"
                  + " evaluation date 2024-06-01 of the reader's validation context: its figures"
                  + " did not exist on that date and cannot be assessed as of it");
            }));
    assertThat(JsonReader.create().read(json, DeploymentSnapshotDocument.class).value().date())
        .isEqualTo(LocalDate.of(2024, 6, 30));
  }

  @Test
  void reject_at_needs_a_context() {
    assertThatThrownBy(() -> JsonReader.builder().rejectAt(Severity.ERROR).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rejectAt: needs a validation context, was ERROR");
  }

  @org.junit.jupiter.api.Test
  void strict_utf8_check_agrees_with_the_strict_jdk_decoder() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(20261123);
    java.util.List<byte[]> samples = new java.util.ArrayList<>(java.util.List.of(
        new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        new byte[] {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF}, new byte[] {(byte) 0xE2, (byte) 0x82},
        "é€😀 ok".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    int[] leads = {0x41, 0x7F, 0x80, 0xBF, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
    for (int n = 0; n < 20_000; n++) {
      byte[] bytes = new byte[random.nextInt(1, 6)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (random.nextBoolean() ? leads[random.nextInt(leads.length)] : 0x80 + random.nextInt(64));
      }
      samples.add(bytes);
    }
    for (byte[] bytes : samples) {
      boolean jdk;
      try {
        java.nio.charset.StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(bytes));
        jdk = true;
      } catch (java.nio.charset.CharacterCodingException e) {
        jdk = false;
      }
      assertThat(Utf8.firstMalformed(bytes) < 0).as(java.util.Arrays.toString(bytes)).isEqualTo(jdk);
    }
  }

  @org.junit.jupiter.api.Test
  void bytes_with_a_syntax_error_after_non_ascii_text_report_the_same_position_as_text() {
    String json = "{\"description\": \"équipe €\", \"quantity\": 2,, }";
    Throwable fromText = org.assertj.core.api.Assertions.catchThrowable(
        () -> JsonReader.create().read(json, EquipmentOffer.class));
    Throwable fromBytes = org.assertj.core.api.Assertions.catchThrowable(() -> JsonReader.create()
        .read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), EquipmentOffer.class));
    assertThat(fromText).isInstanceOf(InvalidDocumentException.class);
    assertThat(((InvalidDocumentException) fromBytes).problems())
        .isEqualTo(((InvalidDocumentException) fromText).problems());
  }

  @org.junit.jupiter.api.Test
  void dates_are_read_as_the_strict_iso_formatter_reads_them() {
    java.time.format.DateTimeFormatter strict = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd")
        .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    for (String date : List.of("2024-02-29", "2023-02-29", "2000-02-29", "1900-02-29", "2021-04-31",
        "2021-12-31", "2021-13-01", "2021-00-10", "2021-01-00", "0000-01-01", "9999-12-31",
        "2021-1-01", "20210101", "2021/01/01", "+2021-01-01")) {
      boolean valid;
      try {
        java.time.LocalDate.parse(date, strict);
        valid = date.length() == 10;
      } catch (java.time.format.DateTimeParseException e) {
        valid = false;
      }
      String json = "{\"date\": \"" + date + "\", \"successful\": true}";
      if (valid) {
        assertThat(JsonReader.create().read(json, AssessmentVisit.class).value().date())
            .as(date).isEqualTo(java.time.LocalDate.parse(date));
      } else {
        assertThatThrownBy(() -> JsonReader.create().read(json, AssessmentVisit.class)).as(date)
            .isInstanceOf(InvalidDocumentException.class)
            .hasMessageContaining("malformed date '" + date + "'");
      }
    }
  }
}
