package io.github.peacekeeping.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.contributor.MemberState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JointPledgeTest {

  // IPI21 (data/sources/001_*.txt) names the Norwegian-Serbian level II hospital in MINURCAT as a
  // joint pledge.
  private static final MemberState NORWAY = MemberState.fromName("Norway");
  private static final MemberState SERBIA = MemberState.fromName("Serbia");

  @Test
  void contributors_are_kept_in_order() {
    JointPledge joint = JointPledge.of(List.of(NORWAY, SERBIA));

    assertThat(joint.contributors()).containsExactly(NORWAY, SERBIA);
    assertThat(joint.kind()).isEqualTo(ArrangementKind.JOINT);
  }

  @Test
  void joint_pledge_of_one_contributor_is_constructible_because_parties_are_policy() {
    assertThat(JointPledge.of(List.of(NORWAY)).contributors()).hasSize(1);
    assertThat(JointPledge.of(List.of()).contributors()).isEmpty();
  }

  @Test
  void contributors_are_copied_and_cannot_be_modified() {
    List<Contributor> given = new ArrayList<>(List.of(NORWAY, SERBIA));
    JointPledge joint = JointPledge.of(given);
    given.clear();

    assertThat(joint.contributors()).hasSize(2);
    assertThatThrownBy(() -> joint.contributors().add(SERBIA))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejects_null_contributor() {
    assertThatThrownBy(() -> JointPledge.of(Arrays.asList(NORWAY, null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void equal_when_the_contributors_are_in_the_same_order() {
    assertThat(JointPledge.of(List.of(NORWAY, SERBIA)))
        .isEqualTo(JointPledge.of(List.of(NORWAY, SERBIA)))
        .isNotEqualTo(JointPledge.of(List.of(SERBIA, NORWAY)));
  }
}
