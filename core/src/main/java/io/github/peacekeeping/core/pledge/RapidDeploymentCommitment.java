package io.github.peacekeeping.core.pledge;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.core.personnel.Bounds;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A contributor's commitment to deploy a pledged capability within a number of days of a UN
 * request: the evidence for the PCRS Rapid Deployment Level, and how a pledge offered for rapid
 * deployment states its window.
 *
 * <p>Invariant: the window is from one to {@link Bounds#MAX_RAPID_DEPLOYMENT_DAYS} days. Whether it is short enough (60 days at the Rapid
 * Deployment Level; 30, 60 or 90 days for rapid deployment in the London communiqué) is policy,
 * reported by the rules module.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class RapidDeploymentCommitment {

  RapidDeploymentCommitment() {}

  /**
   * Returns the window: the number of days within which the capability deploys after a request.
   *
   * @return the days, from one to {@link Bounds#MAX_RAPID_DEPLOYMENT_DAYS}
   */
  @Value.Parameter
  public abstract int days();

  /**
   * Returns the day the commitment was made.
   *
   * @return the day, never null
   */
  @Value.Parameter
  public abstract LocalDate committedOn();

  /**
   * Returns a commitment.
   *
   * @param days the window in days, from one to {@link Bounds#MAX_RAPID_DEPLOYMENT_DAYS}
   * @param committedOn the day the commitment was made, not null
   * @return the commitment, never null
   * @throws NullPointerException if {@code committedOn} is null
   * @throws IllegalArgumentException if {@code days} is not more than zero or is more than {@link
   *     Bounds#MAX_RAPID_DEPLOYMENT_DAYS}
   */
  public static RapidDeploymentCommitment of(int days, LocalDate committedOn) {
    return ImmutableRapidDeploymentCommitment.of(days, committedOn);
  }

  @Value.Check
  void check() {
    if (days() <= 0) {
      throw InvalidAttributeException.of("days", "must be more than zero, was " + days());
    }
    if (days() > Bounds.MAX_RAPID_DEPLOYMENT_DAYS) {
      throw InvalidAttributeException.of(
          "days", "must be at most " + Bounds.MAX_RAPID_DEPLOYMENT_DAYS + ", was " + days());
    }
  }
}
