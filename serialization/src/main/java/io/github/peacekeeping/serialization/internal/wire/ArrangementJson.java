package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Pattern;
import io.github.peacekeeping.core.pledge.ArrangementKind;
import java.util.List;

/**
 * The arrangement of a pledge: one shape for every variant, {@code kind} saying which; the
 * properties of the other variants are null and omitted. One record (not a sealed set) keeps the
 * schema free of type ids and the variant in one readable property.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
  "kind", "contributor", "contributors", "periods", "provider", "donor", "recipient"
})
public record ArrangementJson(
    @JsonProperty(required = true) @JsonPropertyDescription("Which arrangement this is.")
        ArrangementKind kind,
    @JsonPropertyDescription("SINGLE and TRIANGULAR: the contributor's code.")
        @Pattern(regexp = Codes.CONTRIBUTOR)
        String contributor,
    @JsonPropertyDescription("JOINT: the contributors' codes.") List<@Pattern(regexp = Codes.CONTRIBUTOR) String> contributors,
    @JsonPropertyDescription("ROTATION: the periods.") List<RotationPeriodJson> periods,
    @JsonPropertyDescription("TRIANGULAR: the provider's code.")
        @Pattern(regexp = Codes.CONTRIBUTOR)
        String provider,
    @JsonPropertyDescription("DONATION: the donor's code.")
        @Pattern(regexp = Codes.CONTRIBUTOR)
        String donor,
    @JsonPropertyDescription("DONATION: the recipient's code, omitted when open.")
        @Pattern(regexp = Codes.CONTRIBUTOR)
        String recipient) {

  static ArrangementJson single(String contributor) {
    return new ArrangementJson(ArrangementKind.SINGLE, contributor, null, null, null, null, null);
  }

  static ArrangementJson joint(List<String> contributors) {
    return new ArrangementJson(ArrangementKind.JOINT, null, contributors, null, null, null, null);
  }

  static ArrangementJson rotation(List<RotationPeriodJson> periods) {
    return new ArrangementJson(ArrangementKind.ROTATION, null, null, periods, null, null, null);
  }

  static ArrangementJson triangular(String contributor, String provider) {
    return new ArrangementJson(
        ArrangementKind.TRIANGULAR, contributor, null, null, provider, null, null);
  }

  static ArrangementJson donation(String donor, String recipient) {
    return new ArrangementJson(ArrangementKind.DONATION, null, null, null, null, donor, recipient);
  }
}
