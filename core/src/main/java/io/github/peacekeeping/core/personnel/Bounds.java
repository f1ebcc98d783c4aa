package io.github.peacekeeping.core.personnel;

/**
 * The largest value of every count the library holds, in one place. Each count is checked against
 * its bound where it is built (its factory or builder throws {@link IllegalArgumentException}
 * naming the parameter, {@code "women: must be at most 1000000000, was 1000000001"}), so no sum the
 * library computes from counts can overflow and no method has to guard against it.
 *
 * <p>The bounds are far above any real figure: they exist to refuse absurd input (a fuzzer's
 * {@code 9223372036854775807} women), not to judge plausible input, which is policy for the rules
 * module.
 *
 * <p>This class is not instantiable.
 */
public final class Bounds {

  /**
   * The most women, and separately the most men, in one {@link PersonnelCount}: one billion. This
   * also bounds every aggregate count the library builds from counts (a unit's platoons, a
   * pledge's units, a deployment snapshot's records), the maximum of an authorised ceiling and the
   * minimum personnel of a readiness target.
   *
   * <p>Why this number: it is some seven thousand times the largest uniformed strength UN
   * peacekeeping ever had in the field at once (about 130,000), and more than all the world's
   * armed forces together, yet small enough that a count's total (at most two billion) fits an
   * {@code int} and the totals of as many counts as a Java collection or array can hold ({@link
   * Integer#MAX_VALUE}) add up to at most about 4.3 × 10<sup>18</sup>, below {@link
   * Long#MAX_VALUE} (about 9.2 × 10<sup>18</sup>): no sum over a collection of counts overflows a
   * {@code long}.
   */
  public static final long MAX_PERSONNEL = 1_000_000_000L;

  /**
   * The most items in one equipment offer: one million. Far above any real offer (a contingent's
   * major equipment is counted in hundreds), and small enough that the quantities of as many offers
   * as a collection can hold add up within a {@code long}.
   */
  public static final int MAX_EQUIPMENT_QUANTITY = 1_000_000;

  /**
   * The longest rapid-deployment window, in days: 3,650, ten years. The Rapid Deployment Level asks
   * for 60 days and the London communiqué for 30, 60 or 90; a longer window is policy for the rules
   * to judge, a window beyond ten years is not a rapid-deployment commitment at all, and days
   * within the bound can be added to any {@link java.time.LocalDate} the library holds.
   */
  public static final int MAX_RAPID_DEPLOYMENT_DAYS = 3_650;

  private Bounds() {}
}
