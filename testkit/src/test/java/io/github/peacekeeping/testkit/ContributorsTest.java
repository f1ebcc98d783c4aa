package io.github.peacekeeping.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.contributor.InternationalOrganisation;
import io.github.peacekeeping.core.contributor.MemberState;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ContributorsTest {

  @Test
  void contributors_are_real_and_resolve_from_their_codes() {
    qt().withExamples(Valid.EXAMPLES).forAll(Contributors.contributors())
        .checkAssert(c -> assertThat(Contributor.parse(c.code())).isEqualTo(c));
  }

  @Test
  void member_states_and_organisations_come_from_their_catalogues() {
    qt().withExamples(500).forAll(Contributors.memberStates(), Contributors.organisations())
        .checkAssert((state, organisation) -> {
          assertThat(MemberState.all()).contains(state);
          assertThat(InternationalOrganisation.all()).contains(organisation);
        });
  }

  @Test
  void contributors_include_both_kinds() {
    assertThat(Samples.of(new SplittableRandom(7)).sample(Contributors.contributors(), 500))
        .hasAtLeastOneElementOfType(MemberState.class)
        .hasAtLeastOneElementOfType(InternationalOrganisation.class);
  }
}
