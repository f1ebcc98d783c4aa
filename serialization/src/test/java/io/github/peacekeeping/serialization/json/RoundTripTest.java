package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.peacekeeping.core.contributor.MemberStateCommitments;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.mission.AuthorisedCeiling;
import io.github.peacekeeping.core.mission.Mandate;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.pledge.AssessmentVisit;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessExit;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.testkit.Commitments;
import io.github.peacekeeping.testkit.Deployments;
import io.github.peacekeeping.testkit.Missions;
import io.github.peacekeeping.testkit.Pledges;
import io.github.peacekeeping.testkit.Samples;
import io.github.peacekeeping.testkit.Units;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.json.JsonMapper;

/**
 * value → JSON → value and JSON → value → JSON are identities for every core type, through
 * {@link
 * JsonWriter}/{@link JsonReader} and through a plain mapper with {@link PeacekeepingModule}; what
 * the writer produces validates against the shipped schema, and what the schema rejects the reader
 * rejects too.
 */
class RoundTripTest {

  private static final int EXAMPLES = 1_000;
  private static final int DOCUMENTS = 300;

  private static final JsonWriter WRITER = JsonWriter.create();
  private static final JsonReader READER = JsonReader.create();
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new PeacekeepingModule()).build();
  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema REGISTRY_SCHEMA = SCHEMAS.getSchema(JsonSchemas.pledgeRegistry());
  private static final Schema SNAPSHOT_SCHEMA = SCHEMAS.getSchema(JsonSchemas.deploymentSnapshot());
  private static final LocalDate SNAPSHOT_DATE = LocalDate.of(2014, 2, 28);

  /** Both identities, through the writer and reader and through the module's mapper. */
  private static <T> void assertRoundTrips(T value, Class<T> type) {
    String json = WRITER.write(value);
    T read = READER.read(json, type).value();
    assertThat(read).isEqualTo(value);
    assertThat(WRITER.write(read)).isEqualTo(json);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(value), type)).isEqualTo(value);
    assertThat(MAPPER.writeValueAsString(MAPPER.readValue(json, type))).isEqualTo(json);
  }

  private static void assertSnapshotRoundTrips(DeploymentSnapshot snapshot) {
    String json = WRITER.write(snapshot);
    DeploymentSnapshot read =
        READER.read(json, DeploymentSnapshotDocument.class).value().snapshot();
    assertThat(read).isEqualTo(snapshot);
    assertThat(WRITER.write(read)).isEqualTo(json);
    assertThat(MAPPER.readValue(json, DeploymentSnapshot.class)).isEqualTo(snapshot);
  }

  private static String registry(List<Pledge> pledges) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.writePledgeRegistry(pledges, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------------ examples

  @Test
  void fixtures_round_trip() {
    WriterFixtures.richRegistry().forEach(p -> assertRoundTrips(p, Pledge.class));
    assertRoundTrips(WriterFixtures.richUnit(), Unit.class);
    assertRoundTrips(WriterFixtures.battalionWithoutNio(), Unit.class);
    assertRoundTrips(
        Unit.builder().from(WriterFixtures.richUnit()).type(WriterFixtures.customType()).build(),
        Unit.class);
    DeploymentSnapshot snapshot = WriterFixtures.unmissFebruary2014();
    assertSnapshotRoundTrips(snapshot);
    snapshot.records().forEach(r -> assertRoundTrips(r, DeploymentRecord.class));
  }

  @Test
  void a_multi_step_history_that_leaves_and_returns_round_trips_in_a_pledge() {
    Readiness history = WriterFixtures.fullHistory()
        .withStep(ReadinessStep.left(ReadinessExit.WITHDRAWN, LocalDate.of(2024, 3, 1)))
        .withStep(ReadinessStep.builder().on(LocalDate.of(2024, 9, 2))
            .level(ReadinessLevel.LEVEL_2)
            .aav(AssessmentVisit.unsuccessful(LocalDate.of(2024, 8, 20)))
            .build())
        .withStep(ReadinessStep.left(ReadinessExit.EXPIRED, LocalDate.of(2025, 9, 2)));
    Pledge pledge = Pledge.builder().from(WriterFixtures.richRegistry().get(0))
        .readiness(history)
        .addReconfirmation(LocalDate.of(2024, 9, 2))
        .build();

    assertRoundTrips(history, Readiness.class);
    assertRoundTrips(pledge, Pledge.class);
    history.steps().forEach(step -> assertRoundTrips(step, ReadinessStep.class));
    assertThat(READER.read(WRITER.write(pledge), Pledge.class).value().readiness().orElseThrow()
        .levelOn(LocalDate.of(2024, 6, 30))).isEmpty();
  }

  @Test
  void a_mission_profile_with_mandates_over_time_and_sub_ceilings_round_trips() {
    MissionProfile profile = WriterFixtures.unmissMandatesOverTime();
    Mandate earlier = profile.mandates().get(0);
    AuthorisedCeiling police = earlier.ceilings().get(1);

    assertRoundTrips(police, AuthorisedCeiling.class);
    assertRoundTrips(earlier, Mandate.class);
    assertRoundTrips(profile, MissionProfile.class);
    MissionProfile read = READER.read(WRITER.write(profile), MissionProfile.class).value();
    assertThat(read.mandates()).containsExactlyElementsOf(profile.mandates()).hasSize(2);
    assertThat(read.mandateInForce()).contains(earlier);
    assertThat(read.mandateInForce().orElseThrow().ceilings().get(1).subCeilings())
        .containsExactly(AuthorisedCeiling.of(1441, PersonnelCategory.FORMED_POLICE_UNITS));
  }

  @Test
  void sampled_values_of_every_type_round_trip() {
    Samples samples = Samples.of(new SplittableRandom(7));
    assertRoundTrips(samples.sample(Missions.missionProfiles()), MissionProfile.class);
    assertRoundTrips(
        samples.sample(Commitments.memberStateCommitments()), MemberStateCommitments.class);
    assertRoundTrips(samples.sample(Deployments.records()), DeploymentRecord.class);
    assertSnapshotRoundTrips(samples.sample(Deployments.snapshots(SNAPSHOT_DATE)));
  }

  @Test
  void a_registry_document_round_trips() {
    List<Pledge> pledges = WriterFixtures.richRegistry();
    String json = registry(pledges);

    PledgeRegistryDocument read = READER.read(json, PledgeRegistryDocument.class).value();
    assertThat(read.pledges()).isEqualTo(pledges);
    assertThat(registry(read.pledges())).isEqualTo(json);
  }

  // ------------------------------------------------------------------------ properties

  @Test
  void every_pledge_round_trips() {
    qt().withExamples(EXAMPLES).forAll(Pledges.pledges())
        .checkAssert(p -> assertRoundTrips(p, Pledge.class));
  }

  @Test
  void every_unit_round_trips() {
    qt().withExamples(EXAMPLES).forAll(Units.units())
        .checkAssert(u -> assertRoundTrips(u, Unit.class));
  }

  @Test
  void every_mission_profile_round_trips() {
    qt().withExamples(EXAMPLES).forAll(Missions.missionProfiles())
        .checkAssert(m -> assertRoundTrips(m, MissionProfile.class));
  }

  @Test
  void every_member_state_commitments_round_trips() {
    qt().withExamples(500).forAll(Commitments.memberStateCommitments())
        .checkAssert(c -> assertRoundTrips(c, MemberStateCommitments.class));
  }

  @Test
  void every_deployment_record_and_snapshot_round_trips() {
    qt().withExamples(EXAMPLES).forAll(Deployments.records())
        .checkAssert(r -> assertRoundTrips(r, DeploymentRecord.class));
    qt().withExamples(DOCUMENTS).forAll(Deployments.snapshots(SNAPSHOT_DATE))
        .checkAssert(RoundTripTest::assertSnapshotRoundTrips);
  }

  @Test
  void every_written_document_validates_against_the_shipped_schema() {
    Gen<List<Pledge>> registries = lists().of(Pledges.pledges()).ofSizeBetween(0, 6);
    qt().withExamples(DOCUMENTS).forAll(registries).checkAssert(pledges ->
        assertThat(REGISTRY_SCHEMA.validate(registry(pledges), InputFormat.JSON)).isEmpty());
    qt().withExamples(DOCUMENTS).forAll(Deployments.snapshots(SNAPSHOT_DATE)).checkAssert(s ->
        assertThat(SNAPSHOT_SCHEMA.validate(WRITER.write(s), InputFormat.JSON)).isEmpty());
  }

  @Test
  void what_the_schema_rejects_the_reader_rejects() {
    Gen<List<Pledge>> registries = lists().of(Pledges.pledges()).ofSizeBetween(1, 4);
    qt().withExamples(DOCUMENTS).forAll(registries).checkAssert(pledges -> {
      String json = registry(pledges);
      assertBothReject(json.replaceFirst("\"id\":", "\"colour\":\"blue\",\"id\":"));
      assertBothReject(json.replaceFirst(
          "\"categories\":\\[\"[A-Z_]+\"", "\"categories\":[\"KNITTING\""), json);
      assertBothReject(json.replaceFirst(",\"pledgedOn\":\"[0-9-]+\"", ""));
      assertBothReject(json.replaceFirst("\"kind\":\"[A-Z]+\"", "\"kind\":\"BARTER\""));
      assertBothReject(json.replace("\"schemaVersion\":\"2.0\",", ""));
    });
  }

  /** The mutation changed the document (unless it could not apply), and both refuse it. */
  private static void assertBothReject(String mutated, String... unchangedAllowedFrom) {
    if (unchangedAllowedFrom.length > 0 && mutated.equals(unchangedAllowedFrom[0])) {
      return; // no pledge with a category in this sample
    }
    assertThat(REGISTRY_SCHEMA.validate(mutated, InputFormat.JSON)).isNotEmpty();
    assertThatThrownBy(() -> READER.read(mutated, PledgeRegistryDocument.class))
        .isInstanceOf(InvalidDocumentException.class);
  }
}
