package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The exchange document of a deployment snapshot: {@code {"schemaVersion": "2.0", "type":
 * "deployment-snapshot", "date": "2014-02-28", "records": [...]}}. Two documents are equal when
 * their snapshots are.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class DeploymentSnapshotDocument {

  /** The document's {@code type} code: {@value}. */
  public static final String TYPE = "deployment-snapshot";

  DeploymentSnapshotDocument() {}

  /**
   * Returns the snapshot the document carries.
   *
   * @return the snapshot, never null
   */
  @Value.Parameter
  public abstract DeploymentSnapshot snapshot();

  /**
   * Returns the document for a snapshot.
   *
   * @param snapshot the snapshot, not null
   * @return the document, never null
   * @throws NullPointerException if {@code snapshot} is null
   */
  public static DeploymentSnapshotDocument of(DeploymentSnapshot snapshot) {
    return ImmutableDeploymentSnapshotDocument.of(snapshot);
  }

  /**
   * Returns the schema version the document is written in, {@value PeacekeepingJson#SCHEMA_VERSION}.
   * A document read from an older version (an older minor version of the same major version, or
   * schema 1.0) is upgraded to it.
   *
   * @return the version, never null
   */
  public String schemaVersion() {
    return PeacekeepingJson.SCHEMA_VERSION;
  }

  /**
   * Returns the document's {@code type} code, {@value #TYPE}.
   *
   * @return the type code, never null
   */
  public String type() {
    return TYPE;
  }

  /**
   * Returns the date the snapshot describes: the snapshot's date.
   *
   * @return the date, never null
   */
  public LocalDate date() {
    return snapshot().date();
  }

  /**
   * Returns the snapshot's records.
   *
   * @return the records, unmodifiable, never null
   */
  public List<DeploymentRecord> records() {
    return snapshot().records();
  }

  /**
   * Returns a short description: the version, the date and the number of records.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return TYPE + " " + schemaVersion() + " of " + date() + " (" + records().size() + " records)";
  }
}
