package io.github.peacekeeping.testkit;

/**
 * Generators of pledges made at the peacekeeping ministerials.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Pledges {

  private Pledges() {}

  /**
   * Returns a generator of valid pledges with the defaults described in {@link PledgeGenerator}.
   *
   * @return a generator of pledges, never null; narrow it with {@link
   *     PledgeGenerator#atReadiness}, {@link PledgeGenerator#inCategory}, {@link
   *     PledgeGenerator#from}, {@link PledgeGenerator#madeBetween} and {@link
   *     PledgeGenerator#atConference}
   */
  public static PledgeGenerator pledges() {
    return PledgeGenerator.defaults();
  }
}
