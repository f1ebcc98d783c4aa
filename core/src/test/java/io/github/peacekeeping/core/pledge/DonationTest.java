package io.github.peacekeeping.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.contributor.MemberState;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DonationTest {

  private static final MemberState KOR = MemberState.of("KOR");
  private static final MemberState GBR = MemberState.of("GBR");

  @Test
  void donation_to_a_named_recipient() {
    Donation donation = Donation.of(KOR, GBR);

    assertThat(donation.donor()).isEqualTo(KOR);
    assertThat(donation.recipient()).contains(GBR);
    assertThat(donation.kind()).isEqualTo(ArrangementKind.DONATION);
  }

  @Test
  void contributors_are_the_donor_only() {
    assertThat(Donation.of(KOR, GBR).contributors()).containsExactly(KOR);
  }

  @Test
  void donation_without_recipient_is_constructible_because_it_is_policy() {
    // SEO21: Korea pledged to donate 16 helicopters to partner countries it did not name.
    Donation donation = Donation.of(KOR, Optional.empty());

    assertThat(donation.recipient()).isEmpty();
    assertThat(donation.contributors()).containsExactly(KOR);
  }

  @Test
  void both_factories_build_equal_donations() {
    assertThat(Donation.of(KOR, GBR))
        .isEqualTo(Donation.of(KOR, Optional.of(GBR)))
        .hasSameHashCodeAs(Donation.of(KOR, Optional.of(GBR)))
        .isNotEqualTo(Donation.of(KOR, Optional.empty()));
  }

  @Test
  void rejects_null_donor() {
    assertThatThrownBy(() -> Donation.of(null, GBR))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("donor");
  }

  @Test
  void rejects_null_recipient_where_one_is_required() {
    assertThatThrownBy(() -> Donation.of(KOR, (Contributor) null))
        .isInstanceOf(NullPointerException.class);
  }
}
