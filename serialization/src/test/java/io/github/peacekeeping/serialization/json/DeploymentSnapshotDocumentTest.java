package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.validation.ValidationContext;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeploymentSnapshotDocumentTest {

  private static final LocalDate DATE = LocalDate.of(2014, 2, 28);

  private static DeploymentSnapshot snapshot() {
    return DeploymentSnapshot.of(DATE, List.of(DeploymentRecord.of(DATE, MemberState.of("GHA"),
        Mission.of("UNMISS"), PersonnelCategory.FORMED_POLICE_UNITS, PersonnelCount.of(10, 90))));
  }

  @Test
  void carries_snapshot_with_current_version_and_type() {
    DeploymentSnapshotDocument document = DeploymentSnapshotDocument.of(snapshot());
    assertThat(document.snapshot()).isEqualTo(snapshot());
    assertThat(document.date()).isEqualTo(DATE);
    assertThat(document.records()).isEqualTo(snapshot().records());
    assertThat(document.schemaVersion()).isEqualTo("2.0");
    assertThat(document.type()).isEqualTo("deployment-snapshot");
    assertThat(document).hasToString("deployment-snapshot 2.0 of 2014-02-28 (1 records)");
  }

  @Test
  void equal_when_snapshots_are() {
    assertThat(DeploymentSnapshotDocument.of(snapshot()))
        .isEqualTo(DeploymentSnapshotDocument.of(snapshot()))
        .isNotEqualTo(DeploymentSnapshotDocument.of(DeploymentSnapshot.of(DATE, List.of())));
  }

  @Test
  void rejects_null_snapshot() {
    assertThatThrownBy(() -> DeploymentSnapshotDocument.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void read_with_a_context_assesses_the_gender_targets() {
    String json = """
        {"schemaVersion": "2.0", "type": "deployment-snapshot", "date": "2014-02-28", "records": [
          {"date": "2014-02-28", "contributor": "GHA", "mission": "UNMISS",
           "category": "FORMED_POLICE_UNITS", "personnel": {"women": 10, "men": 90}}]}
        """;
    Validated<DeploymentSnapshotDocument> read = JsonReader.builder()
        .context(ValidationContext.asOf(DATE)).build()
        .read(json, DeploymentSnapshotDocument.class);
    assertThat(read.value()).isEqualTo(DeploymentSnapshotDocument.of(snapshot()));
    assertThat(read.findings().findings()).isNotEmpty()
        .allSatisfy(f -> assertThat(f.assessment()).isPresent());
  }
}
