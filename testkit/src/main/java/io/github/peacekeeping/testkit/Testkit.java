package io.github.peacekeeping.testkit;

import io.github.peacekeeping.validation.ValidationContext;
import java.time.LocalDate;

/**
 * The defaults every generator of this package is valid under.
 *
 * <p>A generator is <em>valid by default</em>: every value it produces satisfies the core types'
 * construction invariants and yields no finding at {@code WARNING} or {@code ERROR} from {@link
 * io.github.peacekeeping.validation.CommuniqueValidator} under {@link #DEFAULT_CONTEXT}. Findings
 * at {@code INFO} (a declared caveat, progress towards a target whose deadline is ahead) may
 * occur. Rules that depend on time are evaluated as of {@link #DEFAULT_DATE}, so a value that is
 * valid under the default context may draw a finding under a later one (a pledge falls due for
 * reconfirmation, for instance).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Testkit {

  /** The evaluation date of {@link #DEFAULT_CONTEXT}: 23 November 2026. Never null. */
  public static final LocalDate DEFAULT_DATE = LocalDate.of(2026, 11, 23);

  /**
   * The context the generators are valid under: as of {@link #DEFAULT_DATE}, every rule set
   * (the empty set of rule sets selects them all), no capability gaps, no baseline of women and
   * no interim targets. Never null.
   */
  public static final ValidationContext DEFAULT_CONTEXT = ValidationContext.asOf(DEFAULT_DATE);

  private Testkit() {}
}
