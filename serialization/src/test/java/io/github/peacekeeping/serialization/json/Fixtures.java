package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.pledge.Conference;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.SingleContributor;
import io.github.peacekeeping.core.unit.Caveat;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.EquipmentStatus;
import io.github.peacekeeping.core.unit.Platoon;
import io.github.peacekeeping.core.unit.PredeploymentTraining;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitRole;
import io.github.peacekeeping.core.unit.UnitType;
import java.time.LocalDate;

/** Documents written by hand from docs/json-format.md, and the values they describe. */
final class Fixtures {

  private Fixtures() {}

  /** A deployed infantry battalion with a National Investigation Officer. */
  static final String UNIT = """
      {"id": "U-1", "type": "INFANTRY_BATTALION", "contributor": "RWA", "status": "DEPLOYED",
       "mission": "UNMISS", "personnel": {"women": 50, "men": 800},
       "roles": {"NATIONAL_INVESTIGATION_OFFICER": {"women": 1, "men": 2}},
       "platoons": [{"name": "1st platoon", "personnel": {"women": 10, "men": 20}}],
       "engagementTeams": [],
       "training": {"unMinimumStandards": true, "conflictRelatedSexualViolence": true,
                    "sexualExploitationAndAbuse": true, "genderSensitive": true,
                    "completedOn": "2024-01-15"},
       "vetted": true, "equipment": "AT_STANDARD",
       "caveats": [{"description": "no night patrols", "declared": true}],
       "nightFlyingCapable": false}
      """;

  /** The same unit without its National Investigation Officer: breaks LDN16-NIO. */
  static final String UNIT_WITHOUT_NIO = UNIT.replace(
      "\"roles\": {\"NATIONAL_INVESTIGATION_OFFICER\": {\"women\": 1, \"men\": 2}}", "\"roles\": {}");

  static Unit unit() {
    return Unit.builder()
        .id("U-1")
        .type(UnitType.INFANTRY_BATTALION)
        .contributor(MemberState.of("RWA"))
        .status(DeploymentStatus.DEPLOYED)
        .mission(Mission.of("UNMISS"))
        .personnel(PersonnelCount.of(50, 800))
        .putRole(UnitRole.NATIONAL_INVESTIGATION_OFFICER, PersonnelCount.of(1, 2))
        .addPlatoon(Platoon.of("1st platoon", PersonnelCount.of(10, 20)))
        .training(PredeploymentTraining.builder()
            .unMinimumStandards(true)
            .conflictRelatedSexualViolence(true)
            .sexualExploitationAndAbuse(true)
            .genderSensitive(true)
            .completedOn(LocalDate.of(2024, 1, 15))
            .build())
        .vetted(true)
        .equipment(EquipmentStatus.AT_STANDARD)
        .addCaveat(Caveat.declared("no night patrols"))
        .nightFlyingCapable(false)
        .build();
  }

  /** A pledge made at Seoul carrying {@link #UNIT}. */
  static String pledge(String unit) {
    return """
        {"id": "P-1", "arrangement": {"kind": "SINGLE", "contributor": "RWA"},
         "categories": ["MILITARY_AND_POLICE_CAPABILITIES"], "conference": "SEOUL_2021",
         "pledgedOn": "2021-12-07", "units": [%s], "equipment": [], "training": [],
         "readiness": {"steps": [{"on": "2021-12-08", "level": "LEVEL_1"}]}}
        """.formatted(unit);
  }

  /**
   * The same pledge as schema 1.0 wrote it: {@code reconfirmedOn} for the last reconfirmation, a
   * readiness of one level with its registration day.
   */
  static String pledgeV1(String unit) {
    return """
        {"id": "P-1", "arrangement": {"kind": "SINGLE", "contributor": "RWA"},
         "categories": ["MILITARY_AND_POLICE_CAPABILITIES"], "conference": "SEOUL_2021",
         "pledgedOn": "2021-12-07", "reconfirmedOn": "2022-11-30", "units": [%s], "equipment": [],
         "training": [], "readiness": {"level": "LEVEL_1", "registeredOn": "2021-12-08"}}
        """.formatted(unit);
  }

  static final String PLEDGE = pledge(UNIT);

  static Pledge pledge() {
    return Pledge.builder()
        .id("P-1")
        .arrangement(SingleContributor.of(MemberState.of("RWA")))
        .addCategory(PledgeCategory.MILITARY_AND_POLICE_CAPABILITIES)
        .conference(Conference.SEOUL_2021)
        .pledgedOn(LocalDate.of(2021, 12, 7))
        .addUnit(unit())
        .readiness(Readiness.of(ReadinessLevel.LEVEL_1, LocalDate.of(2021, 12, 8)))
        .build();
  }

  /** A registry document of some pledges, written by hand. */
  static String registry(String... pledges) {
    return registryOfVersion("2.0", pledges);
  }

  /** A registry document of the given schema version, written by hand. */
  static String registryOfVersion(String version, String... pledges) {
    return "{\"schemaVersion\": \"" + version + "\", \"type\": \"pledge-registry\", \"pledges\": ["
        + String.join(",", pledges) + "]}";
  }
}
