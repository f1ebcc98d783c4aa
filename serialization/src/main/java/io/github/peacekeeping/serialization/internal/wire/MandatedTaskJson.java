package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.peacekeeping.core.mission.MandatedTaskKind;

/** {@code {"description", "kind", "priority"?, "phase"?}}. */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"description", "kind", "priority", "phase"})
public record MandatedTaskJson(
    @JsonProperty(required = true) String description,
    @JsonProperty(required = true) MandatedTaskKind kind,
    Integer priority,
    String phase) {}
