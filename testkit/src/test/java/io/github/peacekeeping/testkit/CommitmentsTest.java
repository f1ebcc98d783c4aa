package io.github.peacekeeping.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.peacekeeping.core.contributor.MemberStateCommitments;
import org.junit.jupiter.api.Test;

class CommitmentsTest {

  @Test
  void every_commitment_draws_no_finding_at_all() {
    qt().withExamples(Valid.EXAMPLES).forAll(Commitments.memberStateCommitments())
        .checkAssert(commitments -> {
          var report = Valid.VALIDATOR.validate(commitments, Testkit.DEFAULT_CONTEXT);
          assertThat(report.findings()).as("%s%n%s", commitments, report).isEmpty();
        });
  }

  @Test
  void commitments_equal_their_copies_rebuilt_with_the_builder() {
    qt().withExamples(Valid.EXAMPLES).forAll(Commitments.memberStateCommitments())
        .checkAssert(commitments -> {
          MemberStateCommitments copy = MemberStateCommitments.builder().from(commitments).build();
          assertThat(copy).isEqualTo(commitments).hasSameHashCodeAs(commitments);
        });
  }

  @Test
  void from_narrows_to_one_member_state_before_or_after_violating() {
    var ghana = io.github.peacekeeping.core.contributor.MemberState.fromName("Ghana");
    qt().withExamples(50).forAll(Commitments.memberStateCommitments().from(ghana)
            .violating("LDN16-WPS-NAP"))
        .checkAssert(c -> assertThat(c.memberState()).isEqualTo(ghana));
    qt().withExamples(50).forAll(Commitments.memberStateCommitments()
            .violating("LDN16-WPS-NAP").from(ghana))
        .checkAssert(c -> {
          assertThat(c.memberState()).isEqualTo(ghana);
          assertThat(Valid.VALIDATOR.validate(c, Testkit.DEFAULT_CONTEXT)
              .findings("LDN16-WPS-NAP")).isNotEmpty();
        });
  }
}
