package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Pattern;
import io.github.peacekeeping.core.mission.MissionCapability;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A mission profile. */
@JsonPropertyOrder({"mission", "mandates", "capabilities", "deployed", "asOf"})
public record MissionProfileJson(
    @JsonProperty(required = true) @Pattern(regexp = Codes.MISSION) String mission,
    @JsonProperty(required = true)
        @JsonPropertyDescription(
            "The mission's mandates over time, at least one, in the order of their periods, which"
                + " do not overlap.")
        List<MandateJson> mandates,
    @JsonProperty(required = true) List<MissionCapability> capabilities,
    @JsonProperty(required = true) Map<PersonnelCategory, PersonnelCountJson> deployed,
    @JsonProperty(required = true) LocalDate asOf) {}
