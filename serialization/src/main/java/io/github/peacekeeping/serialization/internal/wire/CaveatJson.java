package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code {"description", "declared"}}. */
@JsonPropertyOrder({"description", "declared"})
public record CaveatJson(
    @JsonProperty(required = true) String description,
    @JsonProperty(required = true) boolean declared) {}
