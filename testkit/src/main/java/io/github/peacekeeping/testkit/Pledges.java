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
   *     PledgeGenerator#atReadiness}, {@link PledgeGenerator#registeredOnce}, {@link
   *     PledgeGenerator#inCategory}, {@link PledgeGenerator#from}, {@link
   *     PledgeGenerator#madeBetween}, {@link PledgeGenerator#atConference} and {@link
   *     PledgeGenerator#recordedUntil}
   */
  public static PledgeGenerator pledges() {
    return PledgeGenerator.defaults();
  }
}
