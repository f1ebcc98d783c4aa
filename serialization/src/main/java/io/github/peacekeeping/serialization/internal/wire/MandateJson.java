package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** A mandate. */
@JsonPropertyOrder({"mission", "authorisedBy", "period", "tasks", "ceilings"})
public record MandateJson(
    @JsonProperty(required = true) @Pattern(regexp = Codes.MISSION) String mission,
    @JsonProperty(required = true)
        @JsonPropertyDescription("Symbol of the resolution, such as \"S/RES/2729 (2024)\".")
        @Pattern(regexp = Codes.RESOLUTION)
        String authorisedBy,
    @JsonProperty(required = true)
        @JsonPropertyDescription("ISO interval, such as \"2024-04-30/2025-04-30\".")
        @Pattern(regexp = Codes.PERIOD)
        String period,
    @JsonProperty(required = true) List<MandatedTaskJson> tasks,
    @JsonProperty(required = true) List<AuthorisedCeilingJson> ceilings) {}
