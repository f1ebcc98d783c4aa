package io.github.peacekeeping.core.pledge;

import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An Assessment and Advisory Visit (AAV) to a pledged unit: the evidence for PCRS Level 2, which a
 * successful visit supports.
 *
 * <p>Whether an unsuccessful visit is offered as evidence of Level 2 is policy, reported by the
 * rules module; both outcomes are constructible.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class AssessmentVisit {

  AssessmentVisit() {}

  /**
   * Returns the day of the visit.
   *
   * @return the day, never null
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Tells whether the visit was successful.
   *
   * @return true for a successful visit
   */
  @Value.Parameter
  public abstract boolean successful();

  /**
   * Returns a successful visit.
   *
   * @param date the day of the visit, not null
   * @return the visit, never null
   * @throws NullPointerException if {@code date} is null
   */
  public static AssessmentVisit of(LocalDate date) {
    return ImmutableAssessmentVisit.of(date, true);
  }

  /**
   * Returns an unsuccessful visit.
   *
   * @param date the day of the visit, not null
   * @return the visit, never null
   * @throws NullPointerException if {@code date} is null
   */
  public static AssessmentVisit unsuccessful(LocalDate date) {
    return ImmutableAssessmentVisit.of(date, false);
  }

  /**
   * Returns the visit as {@code "AAV 2016-06-15 successful"}.
   *
   * @return the visit as text, never null
   */
  @Override
  public String toString() {
    return "AAV " + date() + (successful() ? " successful" : " unsuccessful");
  }
}
