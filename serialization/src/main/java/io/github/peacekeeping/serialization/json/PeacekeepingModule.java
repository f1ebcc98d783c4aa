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
import io.github.peacekeeping.core.pledge.EquipmentOffer;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.RotationPeriod;
import io.github.peacekeeping.core.pledge.TrainingOffer;
import io.github.peacekeeping.core.unit.Caveat;
import io.github.peacekeeping.core.unit.EngagementTeam;
import io.github.peacekeeping.core.unit.Platoon;
import io.github.peacekeeping.core.unit.PredeploymentTraining;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.serialization.internal.wire.Wire;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module of the peacekeeping values: registers a serializer for every core value
 * type, writing the JSON exchange format of {@code docs/json-format.md} (codes for enumerations,
 * strings for contributors, missions, resolutions, shares and mandate periods, absent optionals
 * omitted, no class names or type ids).
 *
 * <p>This module <em>writes</em>. Reading is deliberately not done by Jackson deserializers bound
 * here: the JSON reader of this package decodes documents into core values and reports every
 * problem with its JSON Pointer. Each serializer maps the value to a record of the (internal) wire
 * model, the same records the shipped JSON Schema is generated from, so what is written and what
 * the schema describes cannot drift apart.
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

  /** Creates the module; every instance shares the same serializers. */
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
   * Registers the serializers of the core value types.
   *
   * @param context the set-up context, not null
   */
  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new SimpleSerializers(SERIALIZERS));
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
