package io.github.peacekeeping.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.contributor.InternationalOrganisation;
import io.github.peacekeeping.core.contributor.MemberState;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingOfferTest {

  @Test
  void of_keeps_description_and_recipients_in_order() {
    TrainingOffer offer =
        TrainingOffer.of(
            "helicopter pilot training",
            List.of(MemberState.of("USA"), InternationalOrganisation.AU));

    assertThat(offer.description()).isEqualTo("helicopter pilot training");
    assertThat(offer.recipients())
        .containsExactly(MemberState.of("USA"), InternationalOrganisation.AU);
  }

  @Test
  void offer_to_nobody_in_particular_is_allowed() {
    assertThat(TrainingOffer.of("UN military experts on mission course", List.of()).recipients())
        .isEmpty();
  }

  @Test
  void rejects_blank_description() {
    assertThatThrownBy(() -> TrainingOffer.of(" ", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("description: must not be blank");
  }

  @Test
  void rejects_null_recipients() {
    assertThatThrownBy(() -> TrainingOffer.of("course", null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void equal_when_description_and_recipients_are() {
    assertThat(TrainingOffer.of("course", List.of(MemberState.of("KOR"))))
        .isEqualTo(TrainingOffer.of("course", List.of(MemberState.of("KOR"))))
        .isNotEqualTo(TrainingOffer.of("course", List.of()));
  }
}
