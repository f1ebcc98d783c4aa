package io.github.peacekeeping.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.contributor.InternationalOrganisation;
import io.github.peacekeeping.core.contributor.MemberState;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArrangementTest {

  private static final MemberState GBR = MemberState.of("GBR");
  private static final MemberState KOR = MemberState.of("KOR");

  @Test
  void permits_exactly_the_five_arrangements() {
    assertThat(Arrangement.class.isSealed()).isTrue();
    assertThat(Arrangement.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(
            SingleContributor.class,
            JointPledge.class,
            Rotation.class,
            TriangularPartnership.class,
            Donation.class);
  }

  @Test
  void each_arrangement_has_its_own_kind() {
    List<Arrangement> arrangements =
        List.of(
            SingleContributor.of(GBR),
            JointPledge.of(List.of(GBR, KOR)),
            Rotation.of(
                List.of(
                    RotationPeriod.of(
                        GBR, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30)))),
            TriangularPartnership.of(KOR, InternationalOrganisation.EU),
            Donation.of(KOR, Optional.empty()));

    assertThat(arrangements)
        .extracting(Arrangement::kind)
        .containsExactly(ArrangementKind.values());
  }

  @Test
  void arrangements_of_different_kinds_with_the_same_parties_are_not_equal() {
    Arrangement single = SingleContributor.of(GBR);
    Arrangement joint = JointPledge.of(List.of(GBR));

    assertThat(single.contributors()).isEqualTo(joint.contributors());
    assertThat(single).isNotEqualTo(joint);
  }
}
