package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** PCRS readiness of a pledge: {@code {"steps"}}, its history. */
@JsonPropertyOrder({"steps"})
public record ReadinessJson(
    @JsonProperty(required = true)
        @JsonPropertyDescription(
            "The history, at least one step, in the order of the steps' days, which strictly"
                + " increase; the first step reaches a level (the registration), and no exit"
                + " follows an exit.")
        List<ReadinessStepJson> steps) {}
