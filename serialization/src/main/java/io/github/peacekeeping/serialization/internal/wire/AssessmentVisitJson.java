package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** An Assessment and Advisory Visit: {@code {"date", "successful"}}. */
@JsonPropertyOrder({"date", "successful"})
public record AssessmentVisitJson(
    @JsonProperty(required = true) LocalDate date,
    @JsonProperty(required = true) boolean successful) {}
