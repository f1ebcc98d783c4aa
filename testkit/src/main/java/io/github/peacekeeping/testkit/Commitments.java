package io.github.peacekeeping.testkit;

/**
 * Generators of the commitments a Member State made on women, peace and security.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Commitments {

  private Commitments() {}

  /**
   * Returns a generator of commitments that are all met: any Member State, with a National
   * Action Plan on Women, Peace and Security, having reported the military roles open to women
   * and its officers by rank and gender. Such values draw no finding at all.
   *
   * @return a generator of commitments, never null; {@link
   *     MemberStateCommitmentsGenerator#violating} turns it into one of commitments that break a
   *     rule
   */
  public static MemberStateCommitmentsGenerator memberStateCommitments() {
    return MemberStateCommitmentsGenerator.defaults();
  }
}
