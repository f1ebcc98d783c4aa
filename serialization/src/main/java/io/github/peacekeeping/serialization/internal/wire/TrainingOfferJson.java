package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** {@code {"description", "recipients"}}. */
@JsonPropertyOrder({"description", "recipients"})
public record TrainingOfferJson(
    @JsonProperty(required = true) String description,
    @JsonProperty(required = true) List<@Pattern(regexp = Codes.CONTRIBUTOR) String> recipients) {}
