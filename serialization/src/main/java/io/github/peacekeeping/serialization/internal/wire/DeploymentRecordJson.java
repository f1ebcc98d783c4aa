package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Pattern;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import java.time.LocalDate;

/** One published row of deployed personnel. */
@JsonPropertyOrder({"date", "contributor", "mission", "category", "personnel"})
public record DeploymentRecordJson(
    @JsonProperty(required = true) LocalDate date,
    @JsonProperty(required = true)
        @JsonPropertyDescription("Code of the contributor: ISO 3166-1 alpha-3 or organisation.")
        @Pattern(regexp = Codes.CONTRIBUTOR)
        String contributor,
    @JsonProperty(required = true) @JsonPropertyDescription("Acronym of the mission.")
        @Pattern(regexp = Codes.MISSION)
        String mission,
    @JsonProperty(required = true) PersonnelCategory category,
    @JsonProperty(required = true) PersonnelCountJson personnel) {}
