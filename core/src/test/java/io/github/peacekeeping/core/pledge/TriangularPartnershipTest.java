package io.github.peacekeeping.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.contributor.InternationalOrganisation;
import io.github.peacekeeping.core.contributor.MemberState;
import org.junit.jupiter.api.Test;

class TriangularPartnershipTest {

  private static final MemberState KOR = MemberState.of("KOR");

  @Test
  void contributors_are_the_contributor_then_the_provider() {
    TriangularPartnership partnership = TriangularPartnership.of(KOR, InternationalOrganisation.EU);

    assertThat(partnership.contributor()).isEqualTo(KOR);
    assertThat(partnership.provider()).isEqualTo(InternationalOrganisation.EU);
    assertThat(partnership.contributors()).containsExactly(KOR, InternationalOrganisation.EU);
    assertThat(partnership.kind()).isEqualTo(ArrangementKind.TRIANGULAR);
  }

  @Test
  void provider_that_is_the_contributor_is_constructible_and_named_once() {
    TriangularPartnership partnership = TriangularPartnership.of(KOR, KOR);

    assertThat(partnership.provider()).isEqualTo(KOR);
    assertThat(partnership.contributors()).containsExactly(KOR);
  }

  @Test
  void rejects_null_provider() {
    assertThatThrownBy(() -> TriangularPartnership.of(KOR, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("provider");
  }

  @Test
  void equal_when_contributor_and_provider_are() {
    assertThat(TriangularPartnership.of(KOR, InternationalOrganisation.AU))
        .isEqualTo(TriangularPartnership.of(KOR, InternationalOrganisation.AU))
        .isNotEqualTo(TriangularPartnership.of(InternationalOrganisation.AU, KOR));
  }
}
