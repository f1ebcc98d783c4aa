package io.github.peacekeeping.serialization.json;

import static io.github.peacekeeping.serialization.json.WriterFixtures.GBR;
import static io.github.peacekeeping.serialization.json.WriterFixtures.KOR;
import static io.github.peacekeeping.serialization.json.WriterFixtures.UNMISS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.contributor.InternationalOrganisation;
import io.github.peacekeeping.core.contributor.MemberStateCommitments;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.mission.AuthorisedCeiling;
import io.github.peacekeeping.core.mission.Mandate;
import io.github.peacekeeping.core.mission.MandatePeriod;
import io.github.peacekeeping.core.mission.MandatedTask;
import io.github.peacekeeping.core.mission.MandatedTaskKind;
import io.github.peacekeeping.core.mission.MissionCapability;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.core.mission.SecurityCouncilResolution;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.personnel.Share;
import io.github.peacekeeping.core.pledge.AssessmentVisit;
import io.github.peacekeeping.core.pledge.Donation;
import io.github.peacekeeping.core.pledge.EquipmentOffer;
import io.github.peacekeeping.core.pledge.JointPledge;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import io.github.peacekeeping.core.pledge.RapidDeploymentCommitment;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessExit;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.pledge.Rotation;
import io.github.peacekeeping.core.pledge.RotationPeriod;
import io.github.peacekeeping.core.pledge.SingleContributor;
import io.github.peacekeeping.core.pledge.SurAlignment;
import io.github.peacekeeping.core.pledge.SurKind;
import io.github.peacekeeping.core.pledge.TrainingOffer;
import io.github.peacekeeping.core.pledge.TriangularPartnership;
import io.github.peacekeeping.core.unit.Caveat;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.EngagementTeam;
import io.github.peacekeeping.core.unit.Platoon;
import io.github.peacekeeping.core.unit.PredeploymentTraining;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PeacekeepingModuleTest {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new PeacekeepingModule()).build();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  /** Writes with the module and compares structurally with JSON written with single quotes. */
  private static void assertWrites(Object value, String expected) {
    String json = MAPPER.writeValueAsString(value);
    assertThat(PLAIN.readTree(json)).isEqualTo(PLAIN.readTree(expected.replace('\'', '"')));
    assertThat(json).doesNotContain("io.github", "Immutable", "@class", "null");
  }

  @Test
  void writes_contributors_as_their_codes() {
    assertWrites(KOR, "'KOR'");
    assertWrites(InternationalOrganisation.EU, "'EU'");
  }

  @Test
  void writes_textual_values_as_strings() {
    assertWrites(UNMISS, "'UNMISS'");
    assertWrites(SecurityCouncilResolution.of(2729, 2024), "'S/RES/2729 (2024)'");
    assertWrites(Share.ofPercent(20), "'20%'");
    assertWrites(Share.of(1, 3), "'1/3'");
    assertWrites(MandatePeriod.parse("2024-04-30/2025-04-30"), "'2024-04-30/2025-04-30'");
  }

  @Test
  void writes_personnel_count_in_the_documented_order() {
    assertThat(MAPPER.writeValueAsString(PersonnelCount.of(18, 122)))
        .isEqualTo("{\"women\":18,\"men\":122}");
  }

  @Test
  void writes_a_standard_unit_type_as_its_code() {
    assertWrites(UnitType.FORMED_POLICE_UNIT, "'FORMED_POLICE_UNIT'");
  }

  @Test
  void writes_another_unit_type_as_an_object() {
    assertWrites(
        WriterFixtures.customType(),
        "{'code': 'CIMIC_TEAM', 'name': 'Civil-military coordination team',"
            + " 'category': 'MILITARY', 'formed': true, 'nominalStrength': 12,"
            + " 'helicopter': false, 'medical': false}");
  }

  @Test
  void omits_an_absent_nominal_strength() {
    assertWrites(
        UnitType.of("CIMIC_TEAM", "Civil-military coordination team",
            io.github.peacekeeping.core.unit.UnitCategory.MILITARY, true),
        "{'code': 'CIMIC_TEAM', 'name': 'Civil-military coordination team',"
            + " 'category': 'MILITARY', 'formed': true, 'helicopter': false, 'medical': false}");
  }

  @Test
  void writes_platoons_teams_and_caveats() {
    assertWrites(
        Platoon.of("Women platoon", PersonnelCount.ofWomen(35)),
        "{'name': 'Women platoon', 'personnel': {'women': 35, 'men': 0}}");
    assertWrites(
        EngagementTeam.of("Team A", PersonnelCount.of(4, 4)),
        "{'name': 'Team A', 'personnel': {'women': 4, 'men': 4}}");
    assertWrites(
        Caveat.undeclared("No night patrols"),
        "{'description': 'No night patrols', 'declared': false}");
  }

  @Test
  void writes_predeployment_training() {
    assertWrites(
        PredeploymentTraining.builder().unMinimumStandards(true).build(),
        "{'unMinimumStandards': true, 'conflictRelatedSexualViolence': false,"
            + " 'sexualExploitationAndAbuse': false, 'genderSensitive': false}");
    assertWrites(
        PredeploymentTraining.builder().completedOn(LocalDate.of(2024, 1, 15)).build(),
        "{'unMinimumStandards': false, 'conflictRelatedSexualViolence': false,"
            + " 'sexualExploitationAndAbuse': false, 'genderSensitive': false,"
            + " 'completedOn': '2024-01-15'}");
  }

  @Test
  void writes_a_unit_with_every_attribute() {
    assertWrites(
        WriterFixtures.richUnit(),
        "{'id': 'FPU-1', 'type': 'FORMED_POLICE_UNIT', 'contributor': 'KOR',"
            + " 'status': 'DEPLOYED', 'mission': 'UNMISS', 'personnel': {'women': 40, 'men': 100},"
            + " 'roles': {'GENDER_ADVISER': {'women': 1, 'men': 0}},"
            + " 'platoons': [{'name': 'Women platoon', 'personnel': {'women': 35, 'men': 0}}],"
            + " 'engagementTeams': [{'name': 'Team A', 'personnel': {'women': 4, 'men': 4}}],"
            + " 'training': {'unMinimumStandards': true, 'conflictRelatedSexualViolence': true,"
            + " 'sexualExploitationAndAbuse': true, 'genderSensitive': false,"
            + " 'completedOn': '2024-01-15'},"
            + " 'vetted': true, 'vettedOn': '2023-11-20', 'equipment': 'AT_STANDARD',"
            + " 'caveats': [{'description': 'No night patrols', 'declared': true}],"
            + " 'nightFlyingCapable': false, 'rapidDeploymentDays': 60}");
  }

  @Test
  void omits_the_absent_optionals_of_a_unit_and_writes_empty_collections() {
    Unit offered =
        Unit.builder()
            .id("INF-2")
            .type(WriterFixtures.customType())
            .contributor(GBR)
            .status(DeploymentStatus.OFFERED)
            .personnel(PersonnelCount.of(1, 11))
            .build();
    assertWrites(
        offered,
        "{'id': 'INF-2', 'type': {'code': 'CIMIC_TEAM',"
            + " 'name': 'Civil-military coordination team', 'category': 'MILITARY',"
            + " 'formed': true, 'nominalStrength': 12, 'helicopter': false, 'medical': false},"
            + " 'contributor': 'GBR', 'status': 'OFFERED', 'personnel': {'women': 1, 'men': 11},"
            + " 'roles': {}, 'platoons': [], 'engagementTeams': [], 'vetted': false,"
            + " 'equipment': 'AT_STANDARD', 'caveats': [], 'nightFlyingCapable': false}");
  }

  @Test
  void writes_a_readiness_registered_once_as_one_step() {
    assertWrites(Readiness.of(ReadinessLevel.LEVEL_1, LocalDate.of(2021, 12, 8)),
        "{'steps': [{'on': '2021-12-08', 'level': 'LEVEL_1'}]}");
  }

  @Test
  void writes_a_readiness_history_with_its_evidence_and_an_exit() {
    assertWrites(
        WriterFixtures.fullHistory()
            .withStep(ReadinessStep.left(ReadinessExit.WITHDRAWN, LocalDate.of(2025, 1, 31))),
        "{'steps': ["
            + "{'on': '2021-12-08', 'level': 'LEVEL_1'},"
            + " {'on': '2022-06-30', 'level': 'LEVEL_2',"
            + " 'aav': {'date': '2022-06-15', 'successful': true}},"
            + " {'on': '2023-03-31', 'level': 'LEVEL_3',"
            + " 'aav': {'date': '2022-06-15', 'successful': true},"
            + " 'sur': {'reference': 'SUR-FPU-1', 'kind': 'GENERIC', 'alignedOn': '2023-03-20'}},"
            + " {'on': '2023-12-05', 'level': 'RAPID_DEPLOYMENT',"
            + " 'aav': {'date': '2022-06-15', 'successful': true},"
            + " 'sur': {'reference': 'SUR-FPU-1', 'kind': 'GENERIC', 'alignedOn': '2023-03-20'},"
            + " 'rapidDeployment': {'days': 60, 'committedOn': '2023-12-05'}},"
            + " {'on': '2025-01-31', 'exit': 'WITHDRAWN'}]}");
  }

  @Test
  void writes_the_parts_of_a_readiness_step_in_the_documented_order() {
    assertThat(MAPPER.writeValueAsString(AssessmentVisit.unsuccessful(LocalDate.of(2022, 6, 15))))
        .isEqualTo("{\"date\":\"2022-06-15\",\"successful\":false}");
    assertThat(MAPPER.writeValueAsString(
            SurAlignment.of("SUR-7", SurKind.MISSION_SPECIFIC, LocalDate.of(2023, 3, 20))))
        .isEqualTo("{\"reference\":\"SUR-7\",\"kind\":\"MISSION_SPECIFIC\","
            + "\"alignedOn\":\"2023-03-20\"}");
    assertThat(MAPPER.writeValueAsString(
            RapidDeploymentCommitment.of(30, LocalDate.of(2023, 12, 5))))
        .isEqualTo("{\"days\":30,\"committedOn\":\"2023-12-05\"}");
    assertThat(MAPPER.writeValueAsString(
            ReadinessStep.builder().on(LocalDate.of(2023, 12, 5)).level(ReadinessLevel.LEVEL_2)
                .aav(AssessmentVisit.of(LocalDate.of(2023, 12, 1))).build()))
        .isEqualTo("{\"on\":\"2023-12-05\",\"level\":\"LEVEL_2\","
            + "\"aav\":{\"date\":\"2023-12-01\",\"successful\":true}}");
  }

  @Test
  void writes_each_arrangement_with_its_kind() {
    assertWrites(SingleContributor.of(KOR), "{'kind': 'SINGLE', 'contributor': 'KOR'}");
    assertWrites(
        JointPledge.of(List.of(GBR, InternationalOrganisation.EU)),
        "{'kind': 'JOINT', 'contributors': ['GBR', 'EU']}");
    assertWrites(
        Rotation.of(
            List.of(
                RotationPeriod.of(GBR, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 6, 30)))),
        "{'kind': 'ROTATION', 'periods': [{'contributor': 'GBR', 'from': '2017-01-01',"
            + " 'to': '2017-06-30'}]}");
    assertWrites(
        TriangularPartnership.of(KOR, GBR),
        "{'kind': 'TRIANGULAR', 'contributor': 'KOR', 'provider': 'GBR'}");
    assertWrites(
        Donation.of(KOR, GBR), "{'kind': 'DONATION', 'donor': 'KOR', 'recipient': 'GBR'}");
    assertWrites(
        Donation.of(KOR, java.util.Optional.empty()), "{'kind': 'DONATION', 'donor': 'KOR'}");
  }

  @Test
  void writes_offers() {
    assertWrites(
        EquipmentOffer.of("Armoured personnel carriers", 10),
        "{'description': 'Armoured personnel carriers', 'quantity': 10}");
    assertWrites(
        EquipmentOffer.of("Armoured personnel carriers", 10, KOR),
        "{'description': 'Armoured personnel carriers', 'quantity': 10, 'recipient': 'KOR'}");
    assertWrites(
        TrainingOffer.of("Gender advisers course", List.of(KOR, GBR)),
        "{'description': 'Gender advisers course', 'recipients': ['KOR', 'GBR']}");
  }

  @Test
  void writes_a_minimal_pledge_with_empty_lists_and_no_optionals() {
    Pledge pledge =
        Pledge.builder()
            .id("P-9")
            .contributor(KOR)
            .addCategories(PledgeCategory.MEDICAL, PledgeCategory.TECHNOLOGY)
            .pledgedOn(LocalDate.of(2021, 12, 7))
            .build();
    assertWrites(
        pledge,
        "{'id': 'P-9', 'arrangement': {'kind': 'SINGLE', 'contributor': 'KOR'},"
            + " 'categories': ['MEDICAL', 'TECHNOLOGY'], 'pledgedOn': '2021-12-07',"
            + " 'reconfirmations': [], 'units': [], 'equipment': [], 'training': []}");
  }

  @Test
  void writes_a_pledge_with_every_attribute() {
    Pledge pledge = WriterFixtures.richRegistry().get(0);
    String json = MAPPER.writeValueAsString(pledge);
    assertThat(PLAIN.readTree(json).get("conference").asString()).isEqualTo("SEOUL_2021");
    assertThat(PLAIN.readTree(json).get("reconfirmations").toString())
        .isEqualTo("[\"2022-12-06\",\"2023-12-05\"]");
    assertThat(PLAIN.readTree(json).get("readiness").get("steps")).hasSize(4);
    assertThat(PLAIN.readTree(json).get("readiness").get("steps").get(3).get("level").asString())
        .isEqualTo("RAPID_DEPLOYMENT");
    assertThat(PLAIN.readTree(json).get("units")).hasSize(2);
    assertThat(PLAIN.readTree(json).propertyNames())
        .containsExactly(
            "id", "arrangement", "categories", "conference", "pledgedOn", "reconfirmations",
            "units", "equipment", "training", "readiness");
  }

  @Test
  void writes_mandates_and_mission_profiles() {
    Mandate mandate =
        Mandate.builder()
            .mission(UNMISS)
            .authorisedBy(SecurityCouncilResolution.of(2729, 2024))
            .period(MandatePeriod.parse("2024-04-30/2025-04-30"))
            .addTasks(
                MandatedTask.of("Protection of civilians", MandatedTaskKind.PROTECTION_OF_CIVILIANS)
                    .withPriority(1)
                    .withPhase("Phase 1"),
                MandatedTask.of("Human rights", MandatedTaskKind.HUMAN_RIGHTS))
            .addCeilings(AuthorisedCeiling.of(17_000, PersonnelCategory.CONTINGENT_TROOPS))
            .build();
    String mandateJson =
        "{'mission': 'UNMISS', 'authorisedBy': 'S/RES/2729 (2024)',"
            + " 'period': '2024-04-30/2025-04-30',"
            + " 'tasks': [{'description': 'Protection of civilians',"
            + " 'kind': 'PROTECTION_OF_CIVILIANS', 'priority': 1, 'phase': 'Phase 1'},"
            + " {'description': 'Human rights', 'kind': 'HUMAN_RIGHTS'}],"
            + " 'ceilings': [{'categories': ['CONTINGENT_TROOPS'], 'maximum': 17000,"
            + " 'subCeilings': []}]}";
    assertWrites(mandate, mandateJson);

    MissionProfile profile =
        MissionProfile.builder()
            .mission(UNMISS)
            .addMandate(mandate)
            .addCapability(MissionCapability.JOINT_OPERATIONS_CENTRE)
            .putDeployed(PersonnelCategory.FORMED_POLICE_UNITS, PersonnelCount.of(150, 700))
            .asOf(LocalDate.of(2024, 11, 30))
            .build();
    assertWrites(
        profile,
        "{'mission': 'UNMISS', 'mandates': [" + mandateJson + "],"
            + " 'capabilities': ['JOINT_OPERATIONS_CENTRE'],"
            + " 'deployed': {'FORMED_POLICE_UNITS': {'women': 150, 'men': 700}},"
            + " 'asOf': '2024-11-30'}");
  }

  @Test
  void writes_a_ceiling_with_its_sub_ceilings() {
    assertWrites(
        AuthorisedCeiling.ofPolice(2101)
            .withSubCeiling(AuthorisedCeiling.of(1441, PersonnelCategory.FORMED_POLICE_UNITS)),
        "{'categories': ['FORMED_POLICE_UNITS', 'INDIVIDUAL_POLICE'], 'maximum': 2101,"
            + " 'subCeilings': [{'categories': ['FORMED_POLICE_UNITS'], 'maximum': 1441,"
            + " 'subCeilings': []}]}");
  }

  @Test
  void writes_member_state_commitments() {
    assertWrites(
        MemberStateCommitments.of(KOR, true, false, true),
        "{'memberState': 'KOR', 'wpsNationalActionPlan': true,"
            + " 'rolesOpenToWomenReported': false, 'officersByRankAndGenderReported': true}");
  }

  @Test
  void writes_a_deployment_record() {
    assertWrites(
        DeploymentRecord.of(
            LocalDate.of(2014, 2, 28),
            KOR,
            UNMISS,
            PersonnelCategory.CONTINGENT_TROOPS,
            PersonnelCount.of(18, 122)),
        "{'date': '2014-02-28', 'contributor': 'KOR', 'mission': 'UNMISS',"
            + " 'category': 'CONTINGENT_TROOPS', 'personnel': {'women': 18, 'men': 122}}");
  }

  @Test
  void writes_a_deployment_snapshot_as_its_exchange_document() {
    DeploymentRecord record =
        DeploymentRecord.of(
            LocalDate.of(2014, 2, 28),
            KOR,
            UNMISS,
            PersonnelCategory.CONTINGENT_TROOPS,
            PersonnelCount.of(18, 122));
    assertWrites(
        io.github.peacekeeping.core.deployment.DeploymentSnapshot.of(
            LocalDate.of(2014, 2, 28), List.of(record)),
        "{'schemaVersion': '2.0', 'type': 'deployment-snapshot', 'date': '2014-02-28',"
            + " 'records': [{'date': '2014-02-28', 'contributor': 'KOR', 'mission': 'UNMISS',"
            + " 'category': 'CONTINGENT_TROOPS', 'personnel': {'women': 18, 'men': 122}}]}");
  }

  @Test
  void is_found_as_a_service() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertThat(found.registeredModules())
        .anySatisfy(module -> assertThat(module).isInstanceOf(PeacekeepingModule.class));
    assertThat(found.writeValueAsString(PersonnelCount.of(1, 2)))
        .isEqualTo("{\"women\":1,\"men\":2}");
  }

  @Test
  void names_itself() {
    assertThat(new PeacekeepingModule().getModuleName()).isEqualTo("peacekeeping");
  }
}
