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

  // IPI21 names the Norwegian-Serbian level II hospital as a joint pledge. GBR and KOR stand in
  // for Norway and Serbia until those states are in this branch's skeleton catalogue.
  private static final MemberState EXPERIENCED = MemberState.of("GBR");
  private static final MemberState EMERGING = MemberState.of("KOR");

  @Test
  void contributors_are_kept_in_order() {
    JointPledge joint = JointPledge.of(List.of(EXPERIENCED, EMERGING));

    assertThat(joint.contributors()).containsExactly(EXPERIENCED, EMERGING);
    assertThat(joint.kind()).isEqualTo(ArrangementKind.JOINT);
  }

  @Test
  void joint_pledge_of_one_contributor_is_constructible_because_parties_are_policy() {
    assertThat(JointPledge.of(List.of(EXPERIENCED)).contributors()).hasSize(1);
    assertThat(JointPledge.of(List.of()).contributors()).isEmpty();
  }

  @Test
  void contributors_are_copied_and_cannot_be_modified() {
    List<Contributor> given = new ArrayList<>(List.of(EXPERIENCED, EMERGING));
    JointPledge joint = JointPledge.of(given);
    given.clear();

    assertThat(joint.contributors()).hasSize(2);
    assertThatThrownBy(() -> joint.contributors().add(EMERGING))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejects_null_contributor() {
    assertThatThrownBy(() -> JointPledge.of(Arrays.asList(EXPERIENCED, null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void equal_when_the_contributors_are_in_the_same_order() {
    assertThat(JointPledge.of(List.of(EXPERIENCED, EMERGING)))
        .isEqualTo(JointPledge.of(List.of(EXPERIENCED, EMERGING)))
        .isNotEqualTo(JointPledge.of(List.of(EMERGING, EXPERIENCED)));
  }
}
