package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** A commitment to deploy within days of a UN request: {@code {"days", "committedOn"}}. */
@JsonPropertyOrder({"days", "committedOn"})
public record RapidDeploymentCommitmentJson(
    @JsonProperty(required = true) @JsonPropertyDescription("The window in days, more than zero.")
        int days,
    @JsonProperty(required = true) LocalDate committedOn) {}
