package io.github.peacekeeping.core.target;

import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.source.Citation;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A target for the number of women among uniformed personnel of some categories: either a
 * minimum share ({@link ShareTarget}) or a multiple of a baseline ({@link GrowthTarget}).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface GenderTarget permits ShareTarget, GrowthTarget {

  /**
   * Returns the ID of the rule that assesses this target, as listed in the requirements
   * catalogue. Several targets of one document may share an ID (the four {@code UGPS28-TARGETS}).
   *
   * @return the rule ID, such as {@code "LDN16-WOMEN-POLICE-20"}, never null or blank
   */
  String id();

  /**
   * Returns the personnel categories counted together for this target.
   *
   * @return the categories, unmodifiable, never null or empty
   */
  Set<PersonnelCategory> categories();

  /**
   * Returns the last day by which the target is to be met, if the source sets one.
   *
   * @return the deadline, or empty if the target has none; never null
   */
  Optional<LocalDate> deadline();

  /**
   * Returns the passage that sets the target.
   *
   * @return the citation, never null
   */
  Citation citation();

  /**
   * Returns a one-sentence description of the target in English.
   *
   * @return the description, never null or blank
   */
  String description();
}
