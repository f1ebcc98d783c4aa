package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** Pre-deployment training of a unit. */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
  "unMinimumStandards",
  "conflictRelatedSexualViolence",
  "sexualExploitationAndAbuse",
  "genderSensitive",
  "completedOn"
})
public record PredeploymentTrainingJson(
    @JsonProperty(required = true) boolean unMinimumStandards,
    @JsonProperty(required = true) boolean conflictRelatedSexualViolence,
    @JsonProperty(required = true) boolean sexualExploitationAndAbuse,
    @JsonProperty(required = true) boolean genderSensitive,
    LocalDate completedOn) {}
