package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.peacekeeping.core.pledge.ReadinessExit;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import java.time.LocalDate;

/**
 * One step of a readiness history: {@code {"on", "level"?, "exit"?, "aav"?, "sur"?,
 * "rapidDeployment"?}}, with exactly one of {@code level} and {@code exit}.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"on", "level", "exit", "aav", "sur", "rapidDeployment"})
public record ReadinessStepJson(
    @JsonProperty(required = true) @JsonPropertyDescription("The day the step took effect.")
        LocalDate on,
    @JsonPropertyDescription("The level reached or fallen back to; omitted for an exit.")
        ReadinessLevel level,
    @JsonPropertyDescription("How the pledge left the system; omitted for a level.")
        ReadinessExit exit,
    @JsonPropertyDescription("The Assessment and Advisory Visit, dated on or before the step.")
        AssessmentVisitJson aav,
    @JsonPropertyDescription(
            "The alignment with a Statement of Unit Requirements, dated on or before the step.")
        SurAlignmentJson sur,
    @JsonPropertyDescription("The rapid-deployment commitment, made on or before the step.")
        RapidDeploymentCommitmentJson rapidDeployment) {}
