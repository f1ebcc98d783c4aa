package io.github.peacekeeping.core.mission;

import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The mandate a Security Council resolution gives a mission for a period: its tasks and its
 * authorised ceilings of uniformed personnel.
 *
 * <p>Tasks keep the order the resolution gives them, which is their order of priority or sequence
 * when the resolution sets one. A ceiling is never negative; a category without a ceiling has
 * none authorised in the mandate (not a ceiling of zero).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class Mandate {

  Mandate() {}

  /**
   * Returns the mission mandated.
   *
   * @return the mission, never null
   */
  public abstract Mission mission();

  /**
   * Returns the resolution that gives the mandate.
   *
   * @return the resolution, never null
   */
  public abstract SecurityCouncilResolution authorisedBy();

  /**
   * Returns the period the mandate runs.
   *
   * @return the period, never null
   */
  public abstract MandatePeriod period();

  /**
   * Returns the tasks mandated, in the order of priority or sequence the resolution gives them.
   *
   * @return an unmodifiable list, possibly empty, never null
   */
  public abstract List<MandatedTask> tasks();

  /**
   * Returns the authorised ceilings of uniformed personnel, by category.
   *
   * @return an unmodifiable map of ceilings, each zero or more, possibly empty, never null
   */
  public abstract Map<PersonnelCategory, Long> ceilings();

  /**
   * Returns a builder for a mandate.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the authorised ceiling for a category of personnel.
   *
   * @param category the category, not null
   * @return the ceiling, or empty if the mandate sets none for {@code category}; never null
   * @throws NullPointerException if {@code category} is null
   */
  public OptionalLong ceiling(PersonnelCategory category) {
    Objects.requireNonNull(category, "category");
    Long ceiling = ceilings().get(category);
    return ceiling == null ? OptionalLong.empty() : OptionalLong.of(ceiling);
  }

  /**
   * Tells whether the mandate includes a task of protecting civilians.
   *
   * @return true if a task is of kind {@link MandatedTaskKind#PROTECTION_OF_CIVILIANS}
   */
  public boolean includesProtectionOfCivilians() {
    return tasks().stream().anyMatch(t -> t.kind() == MandatedTaskKind.PROTECTION_OF_CIVILIANS);
  }

  @Value.Check
  void check() {
    ceilings().forEach((category, ceiling) -> {
      if (ceiling < 0) {
        throw new IllegalArgumentException(
            "ceilings: the ceiling for " + category + " must not be negative, was " + ceiling);
      }
    });
  }

  /**
   * Builds a {@link Mandate}. The mission, resolution and period are required; tasks are added in
   * order with {@code addTask}, ceilings with {@code putCeiling}. {@code build()} throws {@link
   * IllegalStateException} naming a missing attribute and {@link IllegalArgumentException} when
   * an invariant fails.
   */
  public static final class Builder extends ImmutableMandate.Builder {
    Builder() {}
  }
}
