package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.contributor.InternationalOrganisation;
import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.contributor.MemberStateCommitments;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.mission.AuthorisedCeiling;
import io.github.peacekeeping.core.mission.Mandate;
import io.github.peacekeeping.core.mission.MandatePeriod;
import io.github.peacekeeping.core.mission.MandatedTask;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.core.mission.SecurityCouncilResolution;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.personnel.Share;
import io.github.peacekeeping.core.pledge.Arrangement;
import io.github.peacekeeping.core.pledge.AssessmentVisit;
import io.github.peacekeeping.core.pledge.EquipmentOffer;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.RapidDeploymentCommitment;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.pledge.RotationPeriod;
import io.github.peacekeeping.core.pledge.SurAlignment;
import io.github.peacekeeping.core.pledge.TrainingOffer;
import io.github.peacekeeping.core.unit.Caveat;
import io.github.peacekeeping.core.unit.EngagementTeam;
import io.github.peacekeeping.core.unit.Platoon;
import io.github.peacekeeping.core.unit.PredeploymentTraining;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.core.target.TargetScope;
import io.github.peacekeeping.validation.ValidationContext;
import io.github.peacekeeping.validation.ValidationReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The types a document or a value of the format can be read as and written from, each with its
 * shape; and which communiqué rules apply to a value of each: the one place the reader, the
 * streaming reader and the writer look both up.
 */
final class ExchangeTypes {

  private static final Map<Class<?>, Shape<?>> SHAPES = shapes();

  private ExchangeTypes() {}

  private static Map<Class<?>, Shape<?>> shapes() {
    Map<Class<?>, Shape<?>> map = new LinkedHashMap<>();
    map.put(PledgeRegistryDocument.class, Format.PLEDGE_REGISTRY);
    map.put(DeploymentSnapshotDocument.class, Format.DEPLOYMENT_SNAPSHOT);
    map.put(Contributor.class, Format.CONTRIBUTOR);
    map.put(MemberState.class, Format.MEMBER_STATE);
    map.put(InternationalOrganisation.class, Format.ORGANISATION);
    map.put(Mission.class, Format.MISSION);
    map.put(SecurityCouncilResolution.class, Format.RESOLUTION);
    map.put(Share.class, Format.SHARE);
    map.put(MandatePeriod.class, Format.PERIOD);
    map.put(PersonnelCount.class, Format.PERSONNEL_COUNT);
    map.put(UnitType.class, Format.UNIT_TYPE);
    map.put(Platoon.class, Format.PLATOON);
    map.put(EngagementTeam.class, Format.ENGAGEMENT_TEAM);
    map.put(Caveat.class, Format.CAVEAT);
    map.put(PredeploymentTraining.class, Format.TRAINING);
    map.put(Unit.class, Format.UNIT);
    map.put(Readiness.class, Format.READINESS);
    map.put(ReadinessStep.class, Format.READINESS_STEP);
    map.put(AssessmentVisit.class, Format.ASSESSMENT_VISIT);
    map.put(SurAlignment.class, Format.SUR_ALIGNMENT);
    map.put(RapidDeploymentCommitment.class, Format.RAPID_DEPLOYMENT);
    map.put(Arrangement.class, Format.ARRANGEMENT);
    map.put(RotationPeriod.class, Format.ROTATION_PERIOD);
    map.put(EquipmentOffer.class, Format.EQUIPMENT_OFFER);
    map.put(TrainingOffer.class, Format.TRAINING_OFFER);
    map.put(Pledge.class, Format.PLEDGE);
    map.put(MandatedTask.class, Format.MANDATED_TASK);
    map.put(AuthorisedCeiling.class, Format.CEILING);
    map.put(Mandate.class, Format.MANDATE);
    map.put(MissionProfile.class, Format.MISSION_PROFILE);
    map.put(MemberStateCommitments.class, Format.COMMITMENTS);
    map.put(DeploymentRecord.class, Format.DEPLOYMENT_RECORD);
    return map;
  }

  /** The shape of a type read or written exactly, or null when the format has none. */
  @SuppressWarnings("unchecked")
  static <T> Shape<T> exact(Class<T> type) {
    return (Shape<T>) SHAPES.get(type);
  }

  /**
   * The shape of a type read, refusing others.
   *
   * @throws IllegalArgumentException if the format has no such type
   * @throws NullPointerException if {@code type} is null
   */
  static <T> Shape<T> forReading(Class<T> type) {
    java.util.Objects.requireNonNull(type, "type");
    Shape<T> shape = exact(type);
    if (shape == null) {
      throw new IllegalArgumentException("type: not a type of the JSON exchange format, was "
          + type.getName() + " (supported: " + SHAPES.keySet().stream().map(Class::getSimpleName)
              .collect(Collectors.joining(", ")) + ")");
    }
    return shape;
  }

  /**
   * The shape that writes a value of a class: that of the format type it is (an implementation
   * class of a core type writes as the core type), or null.
   */
  @SuppressWarnings("unchecked")
  static <T> Shape<T> forWriting(Class<?> type) {
    for (Map.Entry<Class<?>, Shape<?>> entry : SHAPES.entrySet()) {
      if (entry.getKey().isAssignableFrom(type)) {
        return (Shape<T>) entry.getValue();
      }
    }
    return null;
  }

  /** The types of the format, in the order the table lists them. */
  static List<Class<?>> types() {
    return List.copyOf(SHAPES.keySet());
  }

  /**
   * Runs the communiqué rules that apply to a value of the format, as of the context: a pledge,
   * unit, mission profile, deployment record or Member State's commitments alone; a registry with
   * {@code validateRegistry}; a snapshot against the gender targets, system-wide. The other types
   * carry no rule of their own and have an empty report.
   */
  static ValidationReport validate(CommuniqueValidator validator, Object value,
      ValidationContext context) {
    if (value instanceof Pledge pledge) {
      return validator.validate(pledge, context);
    } else if (value instanceof Unit unit) {
      return validator.validate(unit, context);
    } else if (value instanceof MissionProfile profile) {
      return validator.validate(profile, context);
    } else if (value instanceof MemberStateCommitments commitments) {
      return validator.validate(commitments, context);
    } else if (value instanceof DeploymentRecord record) {
      return validator.validate(record, context);
    } else if (value instanceof PledgeRegistryDocument registry) {
      return validator.validateRegistry(registry.pledges(), context);
    } else if (value instanceof DeploymentSnapshotDocument snapshot) {
      return validator.assessTargets(snapshot.snapshot(), TargetScope.SYSTEM, context);
    }
    return ValidationReport.empty();
  }

  /**
   * The JSON Pointer under which a finding's path lies in the document a value was read from: a
   * registry's findings about a pledge ({@code "[3].units[0]"}) lie under {@code /pledges}.
   */
  static String findingsUnder(Object value) {
    return value instanceof PledgeRegistryDocument ? "/pledges" : "";
  }
}
