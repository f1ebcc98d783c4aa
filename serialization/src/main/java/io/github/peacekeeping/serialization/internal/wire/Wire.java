package io.github.peacekeeping.serialization.internal.wire;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.contributor.MemberStateCommitments;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.mission.AuthorisedCeiling;
import io.github.peacekeeping.core.mission.Mandate;
import io.github.peacekeeping.core.mission.MandatedTask;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.pledge.Arrangement;
import io.github.peacekeeping.core.pledge.AssessmentVisit;
import io.github.peacekeeping.core.pledge.Donation;
import io.github.peacekeeping.core.pledge.EquipmentOffer;
import io.github.peacekeeping.core.pledge.JointPledge;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.RapidDeploymentCommitment;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.pledge.Rotation;
import io.github.peacekeeping.core.pledge.RotationPeriod;
import io.github.peacekeeping.core.pledge.SingleContributor;
import io.github.peacekeeping.core.pledge.SurAlignment;
import io.github.peacekeeping.core.pledge.TrainingOffer;
import io.github.peacekeeping.core.pledge.TriangularPartnership;
import io.github.peacekeeping.core.unit.Caveat;
import io.github.peacekeeping.core.unit.EngagementTeam;
import io.github.peacekeeping.core.unit.Platoon;
import io.github.peacekeeping.core.unit.PredeploymentTraining;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitRole;
import io.github.peacekeeping.core.unit.UnitType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;

/** Maps core values to their wire records. Stateless; every method is pure. */
public final class Wire {

  /**
   * The major version of the format these records describe: {@value}. A new major version removes,
   * renames or changes the meaning of something (docs/json-format.md, Versioning).
   */
  public static final int SCHEMA_MAJOR = 2;

  /** The minor version of the format these records describe: {@value}. */
  public static final int SCHEMA_MINOR = 0;

  /**
   * The schema version written into every exchange document, {@value}: the one place the version
   * is written down, from which the reader's accepted versions and the schema's pattern follow.
   */
  public static final String SCHEMA_VERSION = SCHEMA_MAJOR + "." + SCHEMA_MINOR;

  private Wire() {}

  /**
   * Returns the code of a contributor.
   *
   * @param contributor the contributor, not null
   * @return its code, such as {@code "KOR"} or {@code "EU"}, never null
   */
  public static String code(Contributor contributor) {
    return contributor.code();
  }

  /**
   * Returns the JSON form of a unit type: a standard type's code, or a {@link CustomUnitTypeJson}.
   *
   * @param type the unit type, not null
   * @return the wire form, never null
   */
  public static UnitTypeJson of(UnitType type) {
    if (UnitType.standardTypes().contains(type)) {
      return StandardUnitTypeJson.valueOf(type.code());
    }
    return new CustomUnitTypeJson(
        type.code(),
        type.name(),
        type.category(),
        type.formed(),
        boxed(type.nominalStrength()),
        type.helicopter(),
        type.medical());
  }

  /**
   * Maps a personnel count.
   *
   * @param count the count, not null
   * @return the wire record, never null
   */
  public static PersonnelCountJson of(PersonnelCount count) {
    return new PersonnelCountJson(count.women(), count.men());
  }

  /**
   * Maps a platoon.
   *
   * @param platoon the platoon, not null
   * @return the wire record, never null
   */
  public static PlatoonJson of(Platoon platoon) {
    return new PlatoonJson(platoon.name(), of(platoon.personnel()));
  }

  /**
   * Maps an engagement team.
   *
   * @param team the team, not null
   * @return the wire record, never null
   */
  public static EngagementTeamJson of(EngagementTeam team) {
    return new EngagementTeamJson(team.name(), of(team.personnel()));
  }

  /**
   * Maps a caveat.
   *
   * @param caveat the caveat, not null
   * @return the wire record, never null
   */
  public static CaveatJson of(Caveat caveat) {
    return new CaveatJson(caveat.description(), caveat.declared());
  }

  /**
   * Maps pre-deployment training.
   *
   * @param training the training, not null
   * @return the wire record, never null
   */
  public static PredeploymentTrainingJson of(PredeploymentTraining training) {
    return new PredeploymentTrainingJson(
        training.unMinimumStandards(),
        training.conflictRelatedSexualViolence(),
        training.sexualExploitationAndAbuse(),
        training.genderSensitive(),
        training.completedOn().orElse(null));
  }

  /**
   * Maps a unit.
   *
   * @param unit the unit, not null
   * @return the wire record, never null
   */
  public static UnitJson of(Unit unit) {
    Map<UnitRole, PersonnelCountJson> roles = new LinkedHashMap<>();
    unit.roles().forEach((role, count) -> roles.put(role, of(count)));
    return new UnitJson(
        unit.id(),
        of(unit.type()),
        code(unit.contributor()),
        unit.status(),
        unit.mission().map(m -> m.acronym()).orElse(null),
        of(unit.personnel()),
        roles,
        map(unit.platoons(), Wire::of),
        map(unit.engagementTeams(), Wire::of),
        unit.training().map(Wire::of).orElse(null),
        unit.vetted(),
        unit.vettedOn().orElse(null),
        unit.equipment(),
        map(unit.caveats(), Wire::of),
        unit.nightFlyingCapable(),
        boxed(unit.rapidDeploymentDays()));
  }

  /**
   * Maps a readiness.
   *
   * @param readiness the readiness, not null
   * @return the wire record, never null
   */
  public static ReadinessJson of(Readiness readiness) {
    return new ReadinessJson(map(readiness.steps(), Wire::of));
  }

  /**
   * Maps a step of a readiness history.
   *
   * @param step the step, not null
   * @return the wire record, never null
   */
  public static ReadinessStepJson of(ReadinessStep step) {
    return new ReadinessStepJson(
        step.on(),
        step.level().orElse(null),
        step.exit().orElse(null),
        step.aav().map(Wire::of).orElse(null),
        step.sur().map(Wire::of).orElse(null),
        step.rapidDeployment().map(Wire::of).orElse(null));
  }

  /**
   * Maps an Assessment and Advisory Visit.
   *
   * @param visit the visit, not null
   * @return the wire record, never null
   */
  public static AssessmentVisitJson of(AssessmentVisit visit) {
    return new AssessmentVisitJson(visit.date(), visit.successful());
  }

  /**
   * Maps an alignment with a Statement of Unit Requirements.
   *
   * @param alignment the alignment, not null
   * @return the wire record, never null
   */
  public static SurAlignmentJson of(SurAlignment alignment) {
    return new SurAlignmentJson(alignment.reference(), alignment.kind(), alignment.alignedOn());
  }

  /**
   * Maps a rapid-deployment commitment.
   *
   * @param commitment the commitment, not null
   * @return the wire record, never null
   */
  public static RapidDeploymentCommitmentJson of(RapidDeploymentCommitment commitment) {
    return new RapidDeploymentCommitmentJson(commitment.days(), commitment.committedOn());
  }

  /**
   * Maps a rotation period.
   *
   * @param period the period, not null
   * @return the wire record, never null
   */
  public static RotationPeriodJson of(RotationPeriod period) {
    return new RotationPeriodJson(code(period.contributor()), period.from(), period.to());
  }

  /**
   * Maps an arrangement to the shape of its kind.
   *
   * @param arrangement the arrangement, not null
   * @return the wire record, never null
   */
  public static ArrangementJson of(Arrangement arrangement) {
    if (arrangement instanceof SingleContributor single) {
      return ArrangementJson.single(code(single.contributor()));
    }
    if (arrangement instanceof JointPledge joint) {
      return ArrangementJson.joint(map(joint.contributors(), Wire::code));
    }
    if (arrangement instanceof Rotation rotation) {
      return ArrangementJson.rotation(map(rotation.periods(), Wire::of));
    }
    if (arrangement instanceof TriangularPartnership triangular) {
      return ArrangementJson.triangular(
          code(triangular.contributor()), code(triangular.provider()));
    }
    Donation donation = (Donation) arrangement;
    return ArrangementJson.donation(
        code(donation.donor()), donation.recipient().map(Wire::code).orElse(null));
  }

  /**
   * Maps an equipment offer.
   *
   * @param offer the offer, not null
   * @return the wire record, never null
   */
  public static EquipmentOfferJson of(EquipmentOffer offer) {
    return new EquipmentOfferJson(
        offer.description(), offer.quantity(), offer.recipient().map(Wire::code).orElse(null));
  }

  /**
   * Maps a training offer.
   *
   * @param offer the offer, not null
   * @return the wire record, never null
   */
  public static TrainingOfferJson of(TrainingOffer offer) {
    return new TrainingOfferJson(offer.description(), map(offer.recipients(), Wire::code));
  }

  /**
   * Maps a pledge.
   *
   * @param pledge the pledge, not null
   * @return the wire record, never null
   */
  public static PledgeJson of(Pledge pledge) {
    return new PledgeJson(
        pledge.id(),
        of(pledge.arrangement()),
        List.copyOf(pledge.categories()),
        pledge.conference().orElse(null),
        pledge.pledgedOn(),
        List.copyOf(pledge.reconfirmations()),
        map(pledge.units(), Wire::of),
        map(pledge.equipment(), Wire::of),
        map(pledge.training(), Wire::of),
        pledge.readiness().map(Wire::of).orElse(null));
  }

  /**
   * Maps a mandated task.
   *
   * @param task the task, not null
   * @return the wire record, never null
   */
  public static MandatedTaskJson of(MandatedTask task) {
    return new MandatedTaskJson(
        task.description(), task.kind(), boxed(task.priority()), task.phase().orElse(null));
  }

  /**
   * Maps an authorised ceiling.
   *
   * @param ceiling the ceiling, not null
   * @return the wire record, never null
   */
  public static AuthorisedCeilingJson of(AuthorisedCeiling ceiling) {
    return new AuthorisedCeilingJson(
        List.copyOf(ceiling.categories()), ceiling.maximum(), map(ceiling.subCeilings(), Wire::of));
  }

  /**
   * Maps a mandate.
   *
   * @param mandate the mandate, not null
   * @return the wire record, never null
   */
  public static MandateJson of(Mandate mandate) {
    return new MandateJson(
        mandate.mission().acronym(),
        mandate.authorisedBy().toString(),
        mandate.period().toString(),
        map(mandate.tasks(), Wire::of),
        map(mandate.ceilings(), Wire::of));
  }

  /**
   * Maps a mission profile.
   *
   * @param profile the profile, not null
   * @return the wire record, never null
   */
  public static MissionProfileJson of(MissionProfile profile) {
    Map<io.github.peacekeeping.core.personnel.PersonnelCategory, PersonnelCountJson> deployed =
        new LinkedHashMap<>();
    profile.deployed().forEach((category, count) -> deployed.put(category, of(count)));
    return new MissionProfileJson(
        profile.mission().acronym(),
        map(profile.mandates(), Wire::of),
        List.copyOf(profile.capabilities()),
        deployed,
        profile.asOf());
  }

  /**
   * Maps the commitments of a Member State.
   *
   * @param commitments the commitments, not null
   * @return the wire record, never null
   */
  public static MemberStateCommitmentsJson of(MemberStateCommitments commitments) {
    return new MemberStateCommitmentsJson(
        commitments.memberState().code(),
        commitments.wpsNationalActionPlan(),
        commitments.rolesOpenToWomenReported(),
        commitments.officersByRankAndGenderReported());
  }

  /**
   * Maps a deployment record.
   *
   * @param record the record, not null
   * @return the wire record, never null
   */
  public static DeploymentRecordJson of(DeploymentRecord record) {
    return new DeploymentRecordJson(
        record.date(),
        code(record.contributor()),
        record.mission().acronym(),
        record.category(),
        of(record.personnel()));
  }

  /**
   * Returns the pledge-registry envelope of the given pledges, schema version {@value
   * #SCHEMA_VERSION}.
   *
   * @param pledges the pledges, not null
   * @return the envelope, never null
   */
  public static PledgeRegistryJson registry(Collection<Pledge> pledges) {
    return new PledgeRegistryJson(
        SCHEMA_VERSION, PledgeRegistryJson.Type.PLEDGE_REGISTRY, map(pledges, Wire::of));
  }

  /**
   * Returns the deployment-snapshot envelope of a snapshot, schema version {@value
   * #SCHEMA_VERSION}.
   *
   * @param snapshot the snapshot, not null
   * @return the envelope, never null
   */
  public static DeploymentSnapshotJson snapshot(DeploymentSnapshot snapshot) {
    return new DeploymentSnapshotJson(
        SCHEMA_VERSION,
        DeploymentSnapshotJson.Type.DEPLOYMENT_SNAPSHOT,
        snapshot.date(),
        map(snapshot.records(), Wire::of));
  }

  private static <T, R> List<R> map(Collection<? extends T> values, Function<T, R> mapping) {
    List<R> mapped = new ArrayList<>(values.size());
    for (T value : values) {
      mapped.add(mapping.apply(value));
    }
    return mapped;
  }

  private static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }
}
