package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/** {@code {"contributor", "from", "to"}}. */
@JsonPropertyOrder({"contributor", "from", "to"})
public record RotationPeriodJson(
    @JsonProperty(required = true) @Pattern(regexp = Codes.CONTRIBUTOR) String contributor,
    @JsonProperty(required = true) LocalDate from,
    @JsonProperty(required = true) LocalDate to) {}
