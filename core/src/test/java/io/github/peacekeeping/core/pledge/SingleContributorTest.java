package io.github.peacekeeping.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.contributor.InternationalOrganisation;
import io.github.peacekeeping.core.contributor.MemberState;
import org.junit.jupiter.api.Test;

class SingleContributorTest {

  @Test
  void contributors_are_the_one_contributor() {
    SingleContributor single = SingleContributor.of(MemberState.of("KOR"));

    assertThat(single.contributor()).isEqualTo(MemberState.of("KOR"));
    assertThat(single.contributors()).containsExactly(MemberState.of("KOR"));
    assertThat(single.kind()).isEqualTo(ArrangementKind.SINGLE);
  }

  @Test
  void an_organisation_can_pledge_alone() {
    assertThat(SingleContributor.of(InternationalOrganisation.EU).contributors())
        .containsExactly(InternationalOrganisation.EU);
  }

  @Test
  void rejects_null_contributor() {
    assertThatThrownBy(() -> SingleContributor.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("contributor");
  }

  @Test
  void equal_when_the_contributor_is() {
    assertThat(SingleContributor.of(MemberState.of("GBR")))
        .isEqualTo(SingleContributor.of(MemberState.of("GBR")))
        .hasSameHashCodeAs(SingleContributor.of(MemberState.of("GBR")))
        .isNotEqualTo(SingleContributor.of(MemberState.of("USA")));
  }
}
