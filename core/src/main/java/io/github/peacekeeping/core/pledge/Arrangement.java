package io.github.peacekeeping.core.pledge;

import io.github.peacekeeping.core.contributor.Contributor;
import java.util.List;

/**
 * How the parties to a pledge share it: one contributor alone, a joint pledge, a rotation among
 * several contributors, a triangular partnership with a provider of training or equipment, or an
 * equipment donation. The IPI roundtable preparing the Seoul 2021 ministerial names the first four
 * as innovations to expand; the Seoul ministerial saw the host pledge to donate 16 helicopters.
 *
 * <p>Whether an arrangement names enough, and distinct, parties (two for a joint pledge, periods
 * that do not overlap, a recipient for a donation) is policy, checked by the rules module; every
 * such state is constructible.
 *
 * <p>Implementations are immutable and thread-safe. Two arrangements are equal when they are of the
 * same kind and all their attributes (parties, their roles and order, rotation periods) are equal.
 */
public sealed interface Arrangement
    permits SingleContributor, JointPledge, Rotation, TriangularPartnership, Donation {

  /**
   * Returns the parties that pledge, in the order the arrangement names them, each once.
   *
   * @return the contributors, unmodifiable, never null
   */
  List<Contributor> contributors();

  /**
   * Returns the kind of arrangement.
   *
   * @return the kind, never null
   */
  ArrangementKind kind();
}
