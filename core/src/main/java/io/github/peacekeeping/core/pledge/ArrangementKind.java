package io.github.peacekeeping.core.pledge;

/** The kinds of {@link Arrangement} among the parties to a pledge. */
public enum ArrangementKind {
  /** One contributor pledges alone: {@link SingleContributor}. */
  SINGLE,
  /** Contributors pledge one capability together: {@link JointPledge}. */
  JOINT,
  /** Contributors provide a capability in turn: {@link Rotation}. */
  ROTATION,
  /** A contributor with a provider of training or equipment: {@link TriangularPartnership}. */
  TRIANGULAR,
  /** A donor gives equipment to a recipient: {@link Donation}. */
  DONATION
}
