package io.github.peacekeeping.core.mission;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.core.personnel.Bounds;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A ceiling of uniformed personnel the Security Council authorises: at most {@link #maximum()}
 * personnel of the {@link #categories()} it covers, counted together.
 *
 * <p>The Council sets ceilings per component, not per category: a troop ceiling usually covers
 * contingent troops, staff officers and military observers, and a police ceiling formed police
 * units and individual police together, sometimes with justice and corrections officers. So a
 * ceiling covers a set of categories and caps their sum; how that sum divides among them is left
 * to the mission.
 *
 * <p>A ceiling may include sub-ceilings on some of its categories, as in "a police ceiling of
 * 2,101, including 1,441 formed police" ({@link #withSubCeiling(AuthorisedCeiling)}): personnel
 * within a sub-ceiling count towards it and towards the ceiling that includes it.
 *
 * <p>The maximum is never negative and at least one category is covered; a sub-ceiling covers only
 * categories of the ceiling that includes it, no more personnel than it, and no category of
 * another sub-ceiling of the same ceiling. Whether personnel
 * deployed exceed the ceiling is policy, not an invariant: {@link #isExceededBy(Map)} tells, and
 * the rules module reports it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class AuthorisedCeiling {

  AuthorisedCeiling() {}

  /**
   * Returns the greatest number of personnel authorised, all covered categories together.
   *
   * @return the maximum, from zero to {@link Bounds#MAX_PERSONNEL}
   */
  @Value.Parameter
  public abstract long maximum();

  /**
   * Returns the categories of personnel the ceiling covers, in declaration order of {@link
   * PersonnelCategory}.
   *
   * @return an unmodifiable, non-empty set, never null
   */
  @Value.Parameter
  public abstract Set<PersonnelCategory> categories();

  /**
   * Returns the sub-ceilings this ceiling includes, in the order given.
   *
   * @return the sub-ceilings, possibly none, unmodifiable, never null
   */
  public abstract List<AuthorisedCeiling> subCeilings();

  /**
   * Returns this ceiling with one more sub-ceiling, as in "a police ceiling of 2,101, including
   * 1,441 formed police": {@code AuthorisedCeiling.ofPolice(2101).withSubCeiling(
   * AuthorisedCeiling.of(1441, PersonnelCategory.FORMED_POLICE_UNITS))}.
   *
   * @param subCeiling the sub-ceiling, not null
   * @return the ceiling with the sub-ceiling added, never null
   * @throws NullPointerException if {@code subCeiling} is null
   * @throws IllegalArgumentException if the sub-ceiling covers a category this ceiling does not,
   *     or one that another sub-ceiling covers, or allows more personnel than this ceiling
   */
  public AuthorisedCeiling withSubCeiling(AuthorisedCeiling subCeiling) {
    Objects.requireNonNull(subCeiling, "subCeiling");
    return ImmutableAuthorisedCeiling.builder().from(this).addSubCeiling(subCeiling).build();
  }

  /**
   * Returns a ceiling on the personnel of some categories, counted together.
   *
   * @param maximum the greatest number of personnel authorised, from zero to {@link
   *     Bounds#MAX_PERSONNEL}
   * @param categories the categories covered, not null, not empty, without null elements
   * @return the ceiling, never null
   * @throws NullPointerException if {@code categories} or one of its elements is null
   * @throws IllegalArgumentException if {@code maximum} is negative or more than {@link
   *     Bounds#MAX_PERSONNEL} or {@code categories} is empty
   */
  public static AuthorisedCeiling of(long maximum, Set<PersonnelCategory> categories) {
    Objects.requireNonNull(categories, "categories");
    return ImmutableAuthorisedCeiling.of(maximum, categories);
  }

  /**
   * Returns a ceiling on the personnel of one category.
   *
   * @param maximum the greatest number of personnel authorised, from zero to {@link
   *     Bounds#MAX_PERSONNEL}
   * @param category the category covered, not null
   * @return the ceiling, never null
   * @throws NullPointerException if {@code category} is null
   * @throws IllegalArgumentException if {@code maximum} is negative or more than {@link
   *     Bounds#MAX_PERSONNEL}
   */
  public static AuthorisedCeiling of(long maximum, PersonnelCategory category) {
    Objects.requireNonNull(category, "category");
    return of(maximum, EnumSet.of(category));
  }

  /**
   * Returns a ceiling on the military component: contingent troops, staff officers and military
   * observers, counted together, as the Council's "troop ceiling" of a mission usually is.
   *
   * @param maximum the greatest number of military personnel authorised, from zero to {@link
   *     Bounds#MAX_PERSONNEL}
   * @return the ceiling, never null
   * @throws IllegalArgumentException if {@code maximum} is negative or more than {@link
   *     Bounds#MAX_PERSONNEL}
   */
  public static AuthorisedCeiling ofMilitary(long maximum) {
    return of(maximum, EnumSet.of(
        PersonnelCategory.CONTINGENT_TROOPS,
        PersonnelCategory.STAFF_OFFICERS,
        PersonnelCategory.MILITARY_OBSERVERS));
  }

  /**
   * Returns a ceiling on the police component: formed police units and individual police,
   * counted together. A police ceiling that also counts justice and corrections officers is made
   * with {@link #of(long, Set)}.
   *
   * @param maximum the greatest number of police authorised, from zero to {@link
   *     Bounds#MAX_PERSONNEL}
   * @return the ceiling, never null
   * @throws IllegalArgumentException if {@code maximum} is negative or more than {@link
   *     Bounds#MAX_PERSONNEL}
   */
  public static AuthorisedCeiling ofPolice(long maximum) {
    return of(maximum, EnumSet.of(
        PersonnelCategory.FORMED_POLICE_UNITS, PersonnelCategory.INDIVIDUAL_POLICE));
  }

  @Value.Check
  void check() {
    if (maximum() < 0) {
      throw InvalidAttributeException.of("maximum", "must not be negative, was " + maximum());
    }
    if (maximum() > Bounds.MAX_PERSONNEL) {
      throw InvalidAttributeException.of(
          "maximum", "must be at most " + Bounds.MAX_PERSONNEL + ", was " + maximum());
    }
    if (categories().isEmpty()) {
      throw InvalidAttributeException.of("categories", "must not be empty, was " + categories());
    }
    Set<PersonnelCategory> inSubCeilings = EnumSet.noneOf(PersonnelCategory.class);
    for (int i = 0; i < subCeilings().size(); i++) {
      AuthorisedCeiling sub = subCeilings().get(i);
      if (!categories().containsAll(sub.categories())) {
        throw InvalidAttributeException.ofElement("subCeilings", i, "must cover only categories of "
            + this.categories() + ", was " + sub);
      }
      if (sub.maximum() > maximum()) {
        throw InvalidAttributeException.ofElement("subCeilings", i, "must not allow more than "
            + maximum() + ", was " + sub);
      }
      for (PersonnelCategory category : sub.categories()) {
        if (!inSubCeilings.add(category)) {
          throw InvalidAttributeException.ofElement("subCeilings", i, "" + category
              + " must not be covered by two sub-ceilings, was " + sub);
        }
      }
    }
  }

  /**
   * Tells whether the ceiling covers a category of personnel.
   *
   * @param category the category, not null
   * @return true if personnel of {@code category} count towards the ceiling
   * @throws NullPointerException if {@code category} is null
   */
  public boolean covers(PersonnelCategory category) {
    Objects.requireNonNull(category, "category");
    return categories().contains(category);
  }

  /**
   * Returns how many of the personnel deployed count towards the ceiling: the sum of the totals
   * of the categories it covers. Categories it does not cover are ignored, and a covered category
   * absent from {@code deployed} counts as zero.
   *
   * @param deployed the personnel deployed by category, not null, without null values for the
   *     categories covered
   * @return the number of personnel within the ceiling's categories, zero or more
   * @throws NullPointerException if {@code deployed} is null
   */
  public long deployedWithin(Map<PersonnelCategory, PersonnelCount> deployed) {
    Objects.requireNonNull(deployed, "deployed");
    // A handful of bounded totals (Bounds.MAX_PERSONNEL): the sum cannot overflow.
    long sum = 0;
    for (PersonnelCategory category : categories()) {
      sum += totalOf(deployed, category);
    }
    return sum;
  }

  /**
   * Tells whether the personnel deployed exceed the ceiling: whether {@link
   * #deployedWithin(Map)} is greater than {@link #maximum()}.
   *
   * @param deployed the personnel deployed by category, not null, without null values for the
   *     categories covered
   * @return true if more personnel are deployed in the covered categories than authorised
   * @throws NullPointerException if {@code deployed} is null
   */
  public boolean isExceededBy(Map<PersonnelCategory, PersonnelCount> deployed) {
    Objects.requireNonNull(deployed, "deployed");
    return deployedWithin(deployed) > maximum();
  }

  private static long totalOf(
      Map<PersonnelCategory, PersonnelCount> deployed, PersonnelCategory category) {
    PersonnelCount count = deployed.get(category);
    return count == null ? 0 : count.total();
  }

  /**
   * Returns the ceiling as text, such as {@code "up to 2101 of FORMED_POLICE_UNITS,
   * INDIVIDUAL_POLICE (including up to 1441 of FORMED_POLICE_UNITS)"}.
   *
   * @return the ceiling as text, never null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("up to ").append(maximum()).append(" of ");
    String separator = "";
    for (PersonnelCategory category : categories()) {
      text.append(separator).append(category.name());
      separator = ", ";
    }
    for (AuthorisedCeiling sub : subCeilings()) {
      text.append(" (including ").append(sub).append(')');
    }
    return text.toString();
  }
}
