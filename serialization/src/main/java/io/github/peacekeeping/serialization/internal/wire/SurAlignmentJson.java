package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.peacekeeping.core.pledge.SurKind;
import java.time.LocalDate;

/** An alignment with a SUR: {@code {"reference", "kind", "alignedOn"}}. */
@JsonPropertyOrder({"reference", "kind", "alignedOn"})
public record SurAlignmentJson(
    @JsonProperty(required = true)
        @JsonPropertyDescription("Reference of the statement, not blank.")
        String reference,
    @JsonProperty(required = true) SurKind kind,
    @JsonProperty(required = true) LocalDate alignedOn) {}
