package io.github.peacekeeping.core.pledge;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The alignment of a pledged unit's personnel and contingent-owned equipment with a Statement of
 * Unit Requirements (SUR): the evidence for PCRS Level 3.
 *
 * <p>Invariant: the reference is not blank.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class SurAlignment {

  SurAlignment() {}

  /**
   * Returns the reference of the Statement of Unit Requirements.
   *
   * @return the reference, never null or blank
   */
  @Value.Parameter
  public abstract String reference();

  /**
   * Returns whether the statement is generic or mission-specific.
   *
   * @return the kind, never null
   */
  @Value.Parameter
  public abstract SurKind kind();

  /**
   * Returns the day the unit was found aligned with the statement.
   *
   * @return the day, never null
   */
  @Value.Parameter
  public abstract LocalDate alignedOn();

  /**
   * Returns an alignment.
   *
   * @param reference the statement's reference, not null or blank
   * @param kind generic or mission-specific, not null
   * @param alignedOn the day the unit was found aligned, not null
   * @return the alignment, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code reference} is blank
   */
  public static SurAlignment of(String reference, SurKind kind, LocalDate alignedOn) {
    Objects.requireNonNull(reference, "reference");
    return ImmutableSurAlignment.of(reference, kind, alignedOn);
  }

  /**
   * Returns an alignment with a generic statement.
   *
   * @param reference the statement's reference, not null or blank
   * @param alignedOn the day the unit was found aligned, not null
   * @return the alignment, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code reference} is blank
   */
  public static SurAlignment generic(String reference, LocalDate alignedOn) {
    return of(reference, SurKind.GENERIC, alignedOn);
  }

  @Value.Check
  void check() {
    if (reference().isBlank()) {
      throw InvalidAttributeException.of(
          "reference", "must not be blank, was '" + reference() + "'");
    }
  }
}
