package io.github.peacekeeping.core.contributor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MemberStateCommitmentsTest {

  private static final MemberState KOREA = MemberState.of("KOR");

  @Test
  void builder_defaults_every_commitment_to_false() {
    MemberStateCommitments commitments =
        MemberStateCommitments.builder().memberState(KOREA).build();

    assertThat(commitments.memberState()).isSameAs(KOREA);
    assertThat(commitments.wpsNationalActionPlan()).isFalse();
    assertThat(commitments.rolesOpenToWomenReported()).isFalse();
    assertThat(commitments.officersByRankAndGenderReported()).isFalse();
  }

  @Test
  void of_sets_each_commitment_independently() {
    MemberStateCommitments plan = MemberStateCommitments.of(KOREA, true, false, false);
    MemberStateCommitments roles = MemberStateCommitments.of(KOREA, false, true, false);
    MemberStateCommitments ranks = MemberStateCommitments.of(KOREA, false, false, true);

    assertThat(plan.wpsNationalActionPlan()).isTrue();
    assertThat(plan.rolesOpenToWomenReported()).isFalse();
    assertThat(plan.officersByRankAndGenderReported()).isFalse();
    assertThat(roles.wpsNationalActionPlan()).isFalse();
    assertThat(roles.rolesOpenToWomenReported()).isTrue();
    assertThat(roles.officersByRankAndGenderReported()).isFalse();
    assertThat(ranks.wpsNationalActionPlan()).isFalse();
    assertThat(ranks.rolesOpenToWomenReported()).isFalse();
    assertThat(ranks.officersByRankAndGenderReported()).isTrue();
  }

  @Test
  void builder_and_of_build_equal_values() {
    MemberStateCommitments built =
        MemberStateCommitments.builder()
            .memberState(KOREA)
            .wpsNationalActionPlan(true)
            .rolesOpenToWomenReported(true)
            .officersByRankAndGenderReported(true)
            .build();

    assertThat(built)
        .isEqualTo(MemberStateCommitments.of(KOREA, true, true, true))
        .hasSameHashCodeAs(MemberStateCommitments.of(KOREA, true, true, true))
        .isNotEqualTo(MemberStateCommitments.of(KOREA, true, true, false))
        .isNotEqualTo(MemberStateCommitments.of(MemberState.of("NOR"), true, true, true));
  }

  @Test
  void a_state_with_no_commitment_met_can_be_built() {
    assertThat(MemberStateCommitments.of(KOREA, false, false, false))
        .isEqualTo(MemberStateCommitments.builder().memberState(KOREA).build());
  }

  @Test
  void rejects_a_null_member_state() {
    assertThatThrownBy(() -> MemberStateCommitments.of(null, true, true, true))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("memberState");
  }

  @Test
  void builder_rejects_a_missing_member_state() {
    assertThatThrownBy(() -> MemberStateCommitments.builder().wpsNationalActionPlan(true).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("memberState");
  }

  @Test
  void to_string_names_the_state_and_the_commitments() {
    assertThat(MemberStateCommitments.of(KOREA, true, false, true).toString())
        .contains("KOR")
        .contains("wpsNationalActionPlan=true")
        .contains("rolesOpenToWomenReported=false");
  }
}
