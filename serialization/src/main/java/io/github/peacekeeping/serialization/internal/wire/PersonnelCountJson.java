package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code {"women", "men"}}. */
@JsonPropertyOrder({"women", "men"})
public record PersonnelCountJson(
    @JsonProperty(required = true) @JsonPropertyDescription("Number of women, not negative.")
        long women,
    @JsonProperty(required = true) @JsonPropertyDescription("Number of men, not negative.")
        long men) {}
