package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.contributor.MemberStateCommitments;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
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
import io.github.peacekeeping.serialization.internal.wire.Wire;
import io.github.peacekeeping.core.contributor.InternationalOrganisation;
import io.github.peacekeeping.core.contributor.MemberState;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module of the peacekeeping values: registers a serializer and a deserializer for
 * every core value type, writing and reading the JSON exchange format of {@code
 * docs/json-format.md} (codes for enumerations, strings for contributors, missions, resolutions,
 * shares and mandate periods, absent optionals omitted, no class names or type ids).
 *
 * <p>Each serializer maps the value to a record of the (internal) wire model, the same records the
 * shipped JSON Schema is generated from, so what is written and what the schema describes cannot
 * drift apart. Each deserializer reads the value's tokens and decodes them with the decoders of
 * {@link JsonReader}, so a mapper with this module reads exactly what the reader reads: a value
 * with any problem (unknown property, unknown code, {@code null}, a core invariant broken) fails
 * with one {@link InvalidValueException}, a Jackson {@code MismatchedInputException} located at
 * the start of the value, listing every problem with its JSON Pointer from the root of the
 * document. Deserializers run no communiqué rule: use {@link JsonReader} with a validation context
 * for that.
 *
 * <p>A {@code DeploymentSnapshot} has no row in the format's table of values: it is written as
 * the deployment-snapshot exchange document (schema version, type, date, records).
 *
 * <p>The module is registered as a {@code tools.jackson.databind.JacksonModule} service, so {@code
 * JsonMapper.builder().findAndAddModules()} finds it. The serializers are stateless singletons
 * shared by every instance of the module. Prefer {@link JsonWriter}, which validates the
 * communiqué rules before writing; with this module alone a mapper writes without validating.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PeacekeepingModule extends JacksonModule {

  private static final List<ValueSerializer<?>> SERIALIZERS =
      List.of(
          serializer(Contributor.class, Wire::code),
          serializer(Mission.class, Mission::acronym),
          serializer(SecurityCouncilResolution.class, SecurityCouncilResolution::toString),
          serializer(Share.class, Share::toString),
          serializer(MandatePeriod.class, MandatePeriod::toString),
          serializer(PersonnelCount.class, Wire::of),
          serializer(UnitType.class, Wire::of),
          serializer(Platoon.class, Wire::of),
          serializer(EngagementTeam.class, Wire::of),
          serializer(Caveat.class, Wire::of),
          serializer(PredeploymentTraining.class, Wire::of),
          serializer(Unit.class, Wire::of),
          serializer(Readiness.class, Wire::of),
          serializer(ReadinessStep.class, Wire::of),
          serializer(AssessmentVisit.class, Wire::of),
          serializer(SurAlignment.class, Wire::of),
          serializer(RapidDeploymentCommitment.class, Wire::of),
          serializer(Arrangement.class, Wire::of),
          serializer(RotationPeriod.class, Wire::of),
          serializer(EquipmentOffer.class, Wire::of),
          serializer(TrainingOffer.class, Wire::of),
          serializer(Pledge.class, Wire::of),
          serializer(MandatedTask.class, Wire::of),
          serializer(AuthorisedCeiling.class, Wire::of),
          serializer(Mandate.class, Wire::of),
          serializer(MissionProfile.class, Wire::of),
          serializer(MemberStateCommitments.class, Wire::of),
          serializer(DeploymentRecord.class, Wire::of),
          serializer(DeploymentSnapshot.class, Wire::snapshot));

  private static final SimpleDeserializers DESERIALIZERS = deserializers();

  /** Creates the module; every instance shares the same serializers and deserializers. */
  public PeacekeepingModule() {}

  /**
   * Returns the name of the module.
   *
   * @return {@code "peacekeeping"}, never null
   */
  @Override
  public String getModuleName() {
    return "peacekeeping";
  }

  /**
   * Returns the version of the module, unknown for this build.
   *
   * @return the version, never null
   */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /**
   * Registers the serializers and deserializers of the core value types.
   *
   * @param context the set-up context, not null
   */
  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new SimpleSerializers(SERIALIZERS));
    context.addDeserializers(DESERIALIZERS);
  }

  private static SimpleDeserializers deserializers() {
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Class<?> type : List.of(
        Contributor.class, MemberState.class, InternationalOrganisation.class, Mission.class,
        SecurityCouncilResolution.class, Share.class, MandatePeriod.class, PersonnelCount.class,
        UnitType.class, Platoon.class, EngagementTeam.class, Caveat.class,
        PredeploymentTraining.class, Unit.class, Readiness.class, ReadinessStep.class,
        AssessmentVisit.class, SurAlignment.class, RapidDeploymentCommitment.class,
        Arrangement.class,
        RotationPeriod.class, EquipmentOffer.class, TrainingOffer.class, Pledge.class,
        MandatedTask.class, AuthorisedCeiling.class, Mandate.class, MissionProfile.class,
        MemberStateCommitments.class, DeploymentRecord.class)) {
      add(deserializers, type);
    }
    // Written as the deployment-snapshot document, so read as one.
    deserializers.addDeserializer(DeploymentSnapshot.class, DecodingDeserializer.via(
        DeploymentSnapshot.class, DeploymentSnapshotDocument.class,
        DeploymentSnapshotDocument::snapshot));
    return deserializers;
  }

  private static <T> void add(SimpleDeserializers deserializers, Class<T> type) {
    ValueDeserializer<T> deserializer = DecodingDeserializer.of(type);
    deserializers.addDeserializer(type, deserializer);
  }

  /** Whether a value of this class is written by this module (a core value type). */
  static boolean writes(Class<?> type) {
    for (ValueSerializer<?> serializer : SERIALIZERS) {
      if (serializer.handledType().isAssignableFrom(type)) {
        return true;
      }
    }
    return false;
  }

  private static <T> ValueSerializer<T> serializer(
      Class<T> type, Function<? super T, ?> toWire) {
    return new WireSerializer<>(type, toWire);
  }
}
