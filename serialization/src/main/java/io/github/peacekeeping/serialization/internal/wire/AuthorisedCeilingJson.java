package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import java.util.List;

/** {@code {"categories", "maximum"}}. */
@JsonPropertyOrder({"categories", "maximum"})
public record AuthorisedCeilingJson(
    @JsonProperty(required = true) List<PersonnelCategory> categories,
    @JsonProperty(required = true) long maximum) {}
