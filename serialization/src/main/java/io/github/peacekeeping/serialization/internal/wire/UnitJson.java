package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Pattern;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.EquipmentStatus;
import io.github.peacekeeping.core.unit.UnitRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A unit. */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
  "id", "type", "contributor", "status", "mission", "personnel", "roles", "platoons",
  "engagementTeams", "training", "vetted", "vettedOn", "equipment", "caveats",
  "nightFlyingCapable", "rapidDeploymentDays"
})
public record UnitJson(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true)
        @JsonPropertyDescription(
            "A standard unit type's code, or another unit type as an object.")
        UnitTypeJson type,
    @JsonProperty(required = true)
        @JsonPropertyDescription("Code of the contributor: ISO 3166-1 alpha-3 or organisation.")
        @Pattern(regexp = Codes.CONTRIBUTOR) String contributor,
    @JsonProperty(required = true) DeploymentStatus status,
    @JsonPropertyDescription("Acronym of the mission, omitted when none.")
        @Pattern(regexp = Codes.MISSION)
        String mission,
    @JsonProperty(required = true) PersonnelCountJson personnel,
    @JsonProperty(required = true)
        @JsonPropertyDescription("Personnel in each role, keyed by role code.")
        Map<UnitRole, PersonnelCountJson> roles,
    @JsonProperty(required = true) List<PlatoonJson> platoons,
    @JsonProperty(required = true) List<EngagementTeamJson> engagementTeams,
    PredeploymentTrainingJson training,
    @JsonProperty(required = true) boolean vetted,
    @JsonPropertyDescription(
            "The day the personnel were vetted: only for a vetted unit, omitted when undated.")
        LocalDate vettedOn,
    @JsonProperty(required = true) EquipmentStatus equipment,
    @JsonProperty(required = true) List<CaveatJson> caveats,
    @JsonProperty(required = true) boolean nightFlyingCapable,
    Integer rapidDeploymentDays) {}
