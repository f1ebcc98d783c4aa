package io.github.peacekeeping.core.deployment;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One line of the UN's deployment statistics: on a reporting date, the personnel of one category
 * that one contributor has deployed in one mission, by gender.
 *
 * <p>The UN reports at the end of each month, so the date is usually a month end; this is not
 * enforced, as other sources report on other days. A record of zero personnel is valid: UN files
 * list such rows.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class DeploymentRecord {

  DeploymentRecord() {}

  /**
   * Returns the reporting date.
   *
   * @return the date, a month end in UN data, never null
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Returns the contributor that deployed the personnel.
   *
   * @return the contributor, never null
   */
  @Value.Parameter
  public abstract Contributor contributor();

  /**
   * Returns the mission the personnel serve in.
   *
   * @return the mission, never null
   */
  @Value.Parameter
  public abstract Mission mission();

  /**
   * Returns the category of the personnel.
   *
   * @return the category, never null
   */
  @Value.Parameter
  public abstract PersonnelCategory category();

  /**
   * Returns the number of personnel, by gender.
   *
   * @return the count, never null
   */
  @Value.Parameter
  public abstract PersonnelCount personnel();

  /**
   * Returns a record.
   *
   * @param date the reporting date, not null
   * @param contributor the contributor, not null
   * @param mission the mission, not null
   * @param category the personnel category, not null
   * @param personnel the number of personnel by gender, not null
   * @return the record, never null
   * @throws NullPointerException if an argument is null
   */
  public static DeploymentRecord of(
      LocalDate date,
      Contributor contributor,
      Mission mission,
      PersonnelCategory category,
      PersonnelCount personnel) {
    return ImmutableDeploymentRecord.of(date, contributor, mission, category, personnel);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DeploymentRecord}. {@code build()} throws {@link IllegalStateException} if an
   * attribute is missing.
   */
  public static final class Builder extends ImmutableDeploymentRecord.Builder {
    Builder() {}
  }

  /**
   * Returns the record as {@code "2014-02-28 BFA in MINUSMA, Troops: 10 women, 853 men"}: date,
   * contributor code, mission acronym, UN label of the category and the count.
   *
   * @return the record as text, never null
   */
  @Override
  public String toString() {
    return date()
        + " "
        + contributor().code()
        + " in "
        + mission().acronym()
        + ", "
        + category().unLabel()
        + ": "
        + personnel();
  }
}
