package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import java.util.List;

/** {@code {"categories", "maximum", "subCeilings"}}. */
@JsonPropertyOrder({"categories", "maximum", "subCeilings"})
public record AuthorisedCeilingJson(
    @JsonProperty(required = true) List<PersonnelCategory> categories,
    @JsonProperty(required = true) long maximum,
    @JsonProperty(required = true)
        @JsonPropertyDescription(
            "The ceilings included in this one, each on some of its categories, no more than its"
                + " maximum, no category in two of them.")
        List<AuthorisedCeilingJson> subCeilings) {}
