package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Pattern;

/** The women, peace and security commitments of a Member State. */
@JsonPropertyOrder({
  "memberState", "wpsNationalActionPlan", "rolesOpenToWomenReported",
  "officersByRankAndGenderReported"
})
public record MemberStateCommitmentsJson(
    @JsonProperty(required = true) @Pattern(regexp = Codes.MEMBER_STATE) String memberState,
    @JsonProperty(required = true) boolean wpsNationalActionPlan,
    @JsonProperty(required = true) boolean rolesOpenToWomenReported,
    @JsonProperty(required = true) boolean officersByRankAndGenderReported) {}
