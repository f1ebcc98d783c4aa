package io.github.peacekeeping.core.personnel;

import io.github.peacekeeping.core.InvalidAttributeException;
import java.util.Objects;

/**
 * A category of uniformed personnel, as the UN's peacekeeping statistics count them.
 *
 * <p>The UN's own data files label the categories "Troops", "Staff Officer", "Experts on Mission",
 * "Formed Police Units" and "Individual Police"; {@link #unLabel()} and {@link #fromUnLabel(String)}
 * convert to and from those labels. Until mid-2016 the UN counted staff officers with troops, and
 * "Experts on Mission" are mostly military observers.
 */
public enum PersonnelCategory {
  /** Members of military contingents (troops). */
  CONTINGENT_TROOPS("Troops", true, false),
  /** Military staff officers serving individually at a mission headquarters. */
  STAFF_OFFICERS("Staff Officer", true, false),
  /** Military observers, counted by the UN as experts on mission. */
  MILITARY_OBSERVERS("Experts on Mission", true, false),
  /** Officers of formed police units (FPUs). */
  FORMED_POLICE_UNITS("Formed Police Units", false, true),
  /** Individual police officers (IPOs). */
  INDIVIDUAL_POLICE("Individual Police", false, true),
  /** Government-provided justice and corrections officers. */
  JUSTICE_AND_CORRECTIONS("Justice and Corrections", false, false);

  private final String unLabel;
  private final boolean military;
  private final boolean police;

  PersonnelCategory(String unLabel, boolean military, boolean police) {
    this.unLabel = unLabel;
    this.military = military;
    this.police = police;
  }

  /**
   * Returns the label the UN's statistics use for this category.
   *
   * @return the label, such as {@code "Formed Police Units"}, never null
   */
  public String unLabel() {
    return unLabel;
  }

  /**
   * Tells whether personnel of this category are military.
   *
   * @return true for troops, staff officers and military observers
   */
  public boolean isMilitary() {
    return military;
  }

  /**
   * Tells whether personnel of this category are police.
   *
   * @return true for formed police units and individual police
   */
  public boolean isPolice() {
    return police;
  }

  /**
   * Returns the category with the given UN label, ignoring case and surrounding white space. Both
   * "Staff Officer" and "Staff Officers" are accepted.
   *
   * @param label the label, not null
   * @return the category, never null
   * @throws NullPointerException if {@code label} is null
   * @throws IllegalArgumentException if no category has that label
   */
  public static PersonnelCategory fromUnLabel(String label) {
    Objects.requireNonNull(label, "label");
    String trimmed = label.strip();
    for (PersonnelCategory category : values()) {
      if (category.unLabel.equalsIgnoreCase(trimmed)) {
        return category;
      }
    }
    // Only "Staff Officer" has a plural variant in UN files; appending "s" to every label would
    // also accept non-labels such as "Troopss" or "Experts on Missions".
    if ("Staff Officers".equalsIgnoreCase(trimmed)) {
      return STAFF_OFFICERS;
    }
    throw InvalidAttributeException.of(
        "label", "no personnel category is labelled '" + label + "' in the UN's statistics");
  }
}
