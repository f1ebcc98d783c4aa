package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code {"name", "personnel"}}. */
@JsonPropertyOrder({"name", "personnel"})
public record PlatoonJson(
    @JsonProperty(required = true) String name,
    @JsonProperty(required = true) PersonnelCountJson personnel) {}
