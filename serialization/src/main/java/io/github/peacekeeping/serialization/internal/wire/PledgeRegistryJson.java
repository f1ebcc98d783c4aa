package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** The pledge-registry exchange document. */
@JsonPropertyOrder({"schemaVersion", "type", "pledges"})
public record PledgeRegistryJson(
    @JsonProperty(required = true)
        @JsonPropertyDescription(
            "Version of the format, MAJOR.MINOR, such as \"" + Wire.SCHEMA_VERSION + "\".")
        @Pattern(regexp = Codes.SCHEMA_VERSION)
        String schemaVersion,
    @JsonProperty(required = true) Type type,
    @JsonProperty(required = true) List<PledgeJson> pledges) {

  /** The single document type code of this envelope. */
  public enum Type {
    /** {@code "pledge-registry"}. */
    @JsonProperty("pledge-registry")
    PLEDGE_REGISTRY
  }
}
