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
}
