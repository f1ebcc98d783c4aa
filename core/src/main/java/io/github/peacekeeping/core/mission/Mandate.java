package io.github.peacekeeping.core.mission;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The mandate a Security Council resolution gives a mission for a period: its tasks and its
 * authorised ceilings of uniformed personnel.
 *
 * <p>Tasks keep the order the resolution gives them, which is their order of priority or sequence
 * when the resolution sets one. The Council authorises ceilings per component, each of which may
 * count several categories of personnel together ({@link AuthorisedCeiling}); no category counts
 * towards two ceilings. A category without a ceiling has none set in the mandate (not a ceiling
 * of zero).
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
   * Returns the authorised ceilings of uniformed personnel, in the order given, no two covering
   * the same category.
   *
   * @return an unmodifiable list, possibly empty, never null
   */
  public abstract List<AuthorisedCeiling> ceilings();

  /**
   * Returns a builder for a mandate.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the authorised ceiling that a category of personnel counts towards. That ceiling may
   * cover other categories too: personnel of all of them are counted together.
   *
   * @param category the category, not null
   * @return the ceiling covering {@code category}, or empty if the mandate sets none for it;
   *     never null
   * @throws NullPointerException if {@code category} is null
   */
  public Optional<AuthorisedCeiling> ceilingFor(PersonnelCategory category) {
    Objects.requireNonNull(category, "category");
    return ceilings().stream().filter(c -> c.covers(category)).findFirst();
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
    // With two ceilings on one category, which one it counts towards would be ambiguous.
    Set<PersonnelCategory> covered = EnumSet.noneOf(PersonnelCategory.class);
    for (AuthorisedCeiling ceiling : ceilings()) {
      for (PersonnelCategory category : ceiling.categories()) {
        if (!covered.add(category)) {
          throw InvalidAttributeException.of("ceilings", "" + category
              + " must not be covered by two ceilings, was " + ceilings());
        }
      }
    }
  }

  /**
   * Builds a {@link Mandate}. The mission, resolution and period are required; tasks are added in
   * order with {@code addTask}, ceilings with {@code addCeiling} or {@code addCeilings}. {@code
   * build()} throws {@link IllegalStateException} naming a missing attribute and {@link
   * IllegalArgumentException} when an invariant fails.
   */
  public static final class Builder extends ImmutableMandate.Builder {
    Builder() {}
  }
}
