package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.peacekeeping.core.pledge.Conference;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import java.time.LocalDate;
import java.util.List;

/** A pledge. */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
  "id", "arrangement", "categories", "conference", "pledgedOn", "reconfirmations", "units",
  "equipment", "training", "readiness"
})
public record PledgeJson(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) ArrangementJson arrangement,
    @JsonProperty(required = true) List<PledgeCategory> categories,
    Conference conference,
    @JsonProperty(required = true) LocalDate pledgedOn,
    @JsonProperty(required = true)
        @JsonPropertyDescription(
            "The days the pledge was reconfirmed, strictly increasing, none before pledgedOn.")
        List<LocalDate> reconfirmations,
    @JsonProperty(required = true) List<UnitJson> units,
    @JsonProperty(required = true) List<EquipmentOfferJson> equipment,
    @JsonProperty(required = true) List<TrainingOfferJson> training,
    ReadinessJson readiness) {}
