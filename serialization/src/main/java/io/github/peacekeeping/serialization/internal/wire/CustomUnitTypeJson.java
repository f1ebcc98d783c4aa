package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Pattern;
import io.github.peacekeeping.core.unit.UnitCategory;

/** A unit type outside the standard list: {@code {"code", "name", "category", "formed", ...}}. */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
  "code", "name", "category", "formed", "nominalStrength", "helicopter", "medical"
})
public record CustomUnitTypeJson(
    @JsonProperty(required = true) @JsonPropertyDescription("Code of the unit type.")
        @Pattern(regexp = Codes.UNIT_TYPE)
        String code,
    @JsonProperty(required = true) @JsonPropertyDescription("Name of the unit type.") String name,
    @JsonProperty(required = true) UnitCategory category,
    @JsonProperty(required = true) boolean formed,
    @JsonPropertyDescription("Nominal strength, omitted when unknown.") Integer nominalStrength,
    @JsonProperty(required = true) boolean helicopter,
    @JsonProperty(required = true) boolean medical)
    implements UnitTypeJson {}
