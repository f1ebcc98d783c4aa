package io.github.peacekeeping.benchmarks;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.pledge.Conference;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.EquipmentStatus;
import io.github.peacekeeping.core.unit.UnitRole;
import io.github.peacekeeping.core.unit.UnitType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Plain Java records with the same fields as {@code Unit}, {@code Pledge} and their parts: the
 * baseline of {@link ValueConstructionBenchmark}.
 *
 * <p>They check nothing; their only work besides storing fields is the defensive copy of their
 * collections ({@code List.copyOf}, ...), the least an immutable value with collections must do to
 * be comparable with the library's values.
 */
final class PlainRecords {

  private PlainRecords() {}

  /** Personnel by gender. */
  record Personnel(long women, long men) {}

  /** A platoon or engagement team. */
  record Team(String name, Personnel personnel) {}

  /** A restriction on a unit's use. */
  record CaveatRecord(String description, boolean declared) {}

  /** Pre-deployment training. */
  record Training(
      boolean unMinimumStandards,
      boolean conflictRelatedSexualViolence,
      boolean sexualExploitationAndAbuse,
      boolean genderSensitive,
      Optional<LocalDate> completedOn) {}

  /** The fields of {@code Unit}. */
  record UnitRecord(
      String id,
      UnitType type,
      Contributor contributor,
      DeploymentStatus status,
      Optional<Mission> mission,
      Personnel personnel,
      Map<UnitRole, Personnel> roles,
      List<Team> platoons,
      List<Team> engagementTeams,
      Optional<Training> training,
      boolean vetted,
      EquipmentStatus equipment,
      List<CaveatRecord> caveats,
      boolean nightFlyingCapable,
      OptionalInt rapidDeploymentDays) {

    UnitRecord {
      roles = Map.copyOf(roles);
      platoons = List.copyOf(platoons);
      engagementTeams = List.copyOf(engagementTeams);
      caveats = List.copyOf(caveats);
    }
  }

  /** The fields of {@code ReadinessStep}, evidence flattened. */
  record StepRecord(
      LocalDate on,
      Optional<ReadinessLevel> level,
      Optional<LocalDate> aavDate,
      Optional<String> surReference,
      Optional<LocalDate> surAlignedOn,
      OptionalInt rapidDeploymentDays) {}

  /** The fields of {@code Readiness}: its steps. */
  record ReadinessRecord(List<StepRecord> steps) {

    ReadinessRecord {
      steps = List.copyOf(steps);
    }
  }

  /** The fields of {@code Pledge}, with a single contributor as arrangement. */
  record PledgeRecord(
      String id,
      Contributor contributor,
      Set<PledgeCategory> categories,
      Optional<Conference> conference,
      LocalDate pledgedOn,
      List<LocalDate> reconfirmations,
      List<UnitRecord> units,
      Optional<ReadinessRecord> readiness) {

    PledgeRecord {
      categories = Set.copyOf(categories);
      reconfirmations = List.copyOf(reconfirmations);
      units = List.copyOf(units);
    }
  }
}
