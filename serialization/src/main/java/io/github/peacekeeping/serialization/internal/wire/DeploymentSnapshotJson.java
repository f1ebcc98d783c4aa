package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;

/** The deployment-snapshot exchange document. */
@JsonPropertyOrder({"schemaVersion", "type", "date", "records"})
public record DeploymentSnapshotJson(
    @JsonProperty(required = true)
        @JsonPropertyDescription(
            "Version of the format, MAJOR.MINOR, such as \"" + Wire.SCHEMA_VERSION + "\".")
        @Pattern(regexp = Codes.SCHEMA_VERSION)
        String schemaVersion,
    @JsonProperty(required = true) Type type,
    @JsonProperty(required = true) LocalDate date,
    @JsonProperty(required = true) List<DeploymentRecordJson> records) {

  /** The single document type code of this envelope. */
  public enum Type {
    /** {@code "deployment-snapshot"}. */
    @JsonProperty("deployment-snapshot")
    DEPLOYMENT_SNAPSHOT
  }
}
