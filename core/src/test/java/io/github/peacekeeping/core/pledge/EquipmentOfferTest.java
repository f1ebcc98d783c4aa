package io.github.peacekeeping.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.personnel.Bounds;
import org.junit.jupiter.api.Test;

class EquipmentOfferTest {

  @Test
  void offer_without_recipient() {
    // SEO21: 16 helicopters, to partner countries not named in the press release.
    EquipmentOffer offer = EquipmentOffer.of("helicopter", 16);

    assertThat(offer.description()).isEqualTo("helicopter");
    assertThat(offer.quantity()).isEqualTo(16);
    assertThat(offer.recipient()).isEmpty();
  }

  @Test
  void offer_to_a_recipient() {
    EquipmentOffer offer = EquipmentOffer.of("armoured personnel carrier", 4, MemberState.of("GBR"));

    assertThat(offer.recipient()).contains(MemberState.of("GBR"));
  }

  @Test
  void rejects_quantity_of_zero() {
    assertThatThrownBy(() -> EquipmentOffer.of("helicopter", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quantity: must be at least 1, was 0");
  }

  @Test
  void rejects_blank_description() {
    assertThatThrownBy(() -> EquipmentOffer.of("", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("description: must not be blank");
  }

  @Test
  void rejects_null_recipient() {
    assertThatThrownBy(() -> EquipmentOffer.of("helicopter", 1, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void equal_when_all_attributes_are() {
    assertThat(EquipmentOffer.of("helicopter", 16))
        .isEqualTo(EquipmentOffer.of("helicopter", 16))
        .hasSameHashCodeAs(EquipmentOffer.of("helicopter", 16))
        .isNotEqualTo(EquipmentOffer.of("helicopter", 15))
        .isNotEqualTo(EquipmentOffer.of("helicopter", 16, MemberState.of("USA")));
  }

  @Test
  void rejects_quantity_over_the_bound() {
    assertThatThrownBy(() -> EquipmentOffer.of("helicopter", Bounds.MAX_EQUIPMENT_QUANTITY + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity: must be at most 1000000, was 1000001");
    assertThat(EquipmentOffer.of("helicopter", Bounds.MAX_EQUIPMENT_QUANTITY).quantity())
        .isEqualTo(1_000_000);
  }
}
