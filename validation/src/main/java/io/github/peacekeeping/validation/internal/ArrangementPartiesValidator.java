package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.pledge.Arrangement;
import io.github.peacekeeping.core.pledge.Donation;
import io.github.peacekeeping.core.pledge.JointPledge;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.Rotation;
import io.github.peacekeeping.core.pledge.RotationPeriod;
import io.github.peacekeeping.core.pledge.SingleContributor;
import io.github.peacekeeping.core.pledge.TriangularPartnership;
import io.github.peacekeeping.validation.constraints.ArrangementParties;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code IPI21-ARRANGEMENT-PARTIES}: a pledge's arrangement names the parties its kind needs. A
 * joint pledge or a rotation names two or more distinct contributors, and a rotation's periods do
 * not overlap (each overlapping pair is reported at the later period); a triangular partnership's
 * provider differs from its contributor; a donation names its recipient.
 */
public final class ArrangementPartiesValidator extends RuleValidator<ArrangementParties, Pledge> {

  private static final String KEY = "{io.github.peacekeeping.validation.constraints.ArrangementParties.";

  /** Creates the validator. */
  public ArrangementPartiesValidator() {}

  @Override
  protected void check(Pledge pledge, Violations violations) {
    Arrangement arrangement = pledge.arrangement();
    if (arrangement instanceof JointPledge joint) {
      checkParties(pledge, joint, "message}", violations);
    } else if (arrangement instanceof Rotation rotation) {
      checkParties(pledge, rotation, "rotation}", violations);
      checkPeriods(pledge, rotation.periods(), violations);
    } else if (arrangement instanceof TriangularPartnership triangular) {
      if (triangular.provider().equals(triangular.contributor())) {
        violations.report(KEY + "triangular}")
            .at("arrangement")
            .with("pledge", pledge.id())
            .with("contributor", triangular.contributor().name())
            .offending(triangular)
            .add();
      }
    } else if (arrangement instanceof Donation donation) {
      if (donation.recipient().isEmpty()) {
        violations.report(KEY + "donation}")
            .at("arrangement")
            .with("pledge", pledge.id())
            .with("donor", donation.donor().name())
            .offending(donation)
            .add();
      }
    } else if (!(arrangement instanceof SingleContributor)) {
      throw new IllegalStateException("unknown arrangement " + arrangement.getClass());
    }
  }

  private static void checkParties(
      Pledge pledge, Arrangement arrangement, String key, Violations violations) {
    Set<Contributor> distinct = new LinkedHashSet<>(arrangement.contributors());
    if (distinct.size() < 2) {
      String named = distinct.isEmpty()
          ? "no contributor"
          : "only " + distinct.stream().map(Contributor::name).collect(Collectors.joining(", "));
      violations.report(KEY + key)
          .at("arrangement")
          .with("pledge", pledge.id())
          .with("named", named)
          .offending(arrangement)
          .add();
    }
  }

  private static void checkPeriods(
      Pledge pledge, List<RotationPeriod> periods, Violations violations) {
    for (int j = 1; j < periods.size(); j++) {
      for (int i = 0; i < j; i++) {
        if (periods.get(i).overlaps(periods.get(j))) {
          violations.report(KEY + "rotationOverlap}")
              .at("arrangement.periods[" + j + "]")
              .with("pledge", pledge.id())
              .with("later", periods.get(j).toString())
              .with("earlier", periods.get(i).toString())
              .offending(periods.get(j))
              .add();
        }
      }
    }
  }
}
