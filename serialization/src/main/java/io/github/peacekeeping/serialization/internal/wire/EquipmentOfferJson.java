package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Pattern;

/** {@code {"description", "quantity", "recipient"?}}. */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"description", "quantity", "recipient"})
public record EquipmentOfferJson(
    @JsonProperty(required = true) String description,
    @JsonProperty(required = true) int quantity,
    @Pattern(regexp = Codes.CONTRIBUTOR) String recipient) {}
