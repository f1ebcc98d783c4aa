package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The women, peace and security commitments of a Member State. */
@JsonPropertyOrder({
  "memberState", "wpsNationalActionPlan", "rolesOpenToWomenReported",
  "officersByRankAndGenderReported"
})
public record MemberStateCommitmentsJson(
    @JsonProperty(required = true) String memberState,
    @JsonProperty(required = true) boolean wpsNationalActionPlan,
    @JsonProperty(required = true) boolean rolesOpenToWomenReported,
    @JsonProperty(required = true) boolean officersByRankAndGenderReported) {}
