package io.github.peacekeeping.core.deployment;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.Bounds;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * The deployment records of one reporting date: who had how many personnel of which category in
 * which mission, by gender.
 *
 * <p>Every record has the snapshot's date. The sums ({@link #total(Set)}, {@link
 * #byContributor(Set)}, {@link #byMission(Set)}) add up every record of the given categories;
 * records are not merged, so a source that lists the same contributor, mission and category twice
 * is counted twice. The records together hold at most {@link Bounds#MAX_PERSONNEL} women and as
 * many men, checked when the snapshot is built, so no sum can fail.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class DeploymentSnapshot {

  DeploymentSnapshot() {}

  /**
   * Returns the reporting date.
   *
   * @return the date, never null
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Returns the records, in the order given.
   *
   * @return the records, unmodifiable, never null, possibly empty
   */
  @Value.Parameter
  public abstract List<DeploymentRecord> records();

  /**
   * Returns a snapshot of the given records.
   *
   * @param date the reporting date, not null
   * @param records the records, each dated {@code date}, not null and without null elements
   * @return the snapshot, never null
   * @throws NullPointerException if an argument or a record is null
   * @throws IllegalArgumentException if a record has another date, or the records together hold
   *     more than {@link Bounds#MAX_PERSONNEL} women or men
   */
  public static DeploymentSnapshot of(
      LocalDate date, Iterable<? extends DeploymentRecord> records) {
    return ImmutableDeploymentSnapshot.of(date, records);
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
   * Builds a {@link DeploymentSnapshot}. {@code build()} throws {@link IllegalStateException} if
   * the date is missing, and {@link IllegalArgumentException} if a record has another date.
   */
  public static final class Builder extends ImmutableDeploymentSnapshot.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    for (DeploymentRecord record : records()) {
      if (!record.date().equals(date())) {
        throw InvalidAttributeException.of(
            "records", "every record must be dated " + date() + ", was " + record);
      }
    }
    // Every sum the snapshot returns is a part of this one: bounding it here, where the snapshot is
    // built, means no sum can fail later. Each record is bounded, so these longs cannot overflow.
    long women = 0;
    long men = 0;
    for (DeploymentRecord record : records()) {
      women += record.personnel().women();
      men += record.personnel().men();
    }
    if (women > Bounds.MAX_PERSONNEL || men > Bounds.MAX_PERSONNEL) {
      throw InvalidAttributeException.of("records", "must hold at most " + Bounds.MAX_PERSONNEL
          + " women and " + Bounds.MAX_PERSONNEL + " men together, was " + women + " women, "
          + men + " men");
    }
  }

  /**
   * Returns the personnel of the given categories, summed over all contributors and missions.
   *
   * @param categories the categories to count, not null; empty counts nobody
   * @return the sum, {@link PersonnelCount#ZERO} if no record matches, never null
   * @throws NullPointerException if {@code categories} is null
   */
  public PersonnelCount total(Set<PersonnelCategory> categories) {
    Objects.requireNonNull(categories, "categories");
    PersonnelCount sum = PersonnelCount.ZERO;
    for (DeploymentRecord record : records()) {
      if (categories.contains(record.category())) {
        sum = sum.plus(record.personnel());
      }
    }
    return sum;
  }

  /**
   * Returns the personnel of the given categories for each contributor, summed over all missions.
   * Only contributors with a record of those categories appear.
   *
   * @param categories the categories to count, not null
   * @return the sums, unmodifiable, ordered by contributor code, never null
   * @throws NullPointerException if {@code categories} is null
   */
  public Map<Contributor, PersonnelCount> byContributor(Set<PersonnelCategory> categories) {
    return sumBy(
        categories, DeploymentRecord::contributor, Comparator.comparing(Contributor::code));
  }

  /**
   * Returns the personnel of the given categories in each mission, summed over all contributors.
   * Only missions with a record of those categories appear.
   *
   * @param categories the categories to count, not null
   * @return the sums, unmodifiable, ordered by mission acronym, never null
   * @throws NullPointerException if {@code categories} is null
   */
  public Map<Mission, PersonnelCount> byMission(Set<PersonnelCategory> categories) {
    return sumBy(categories, DeploymentRecord::mission, Comparator.comparing(Mission::acronym));
  }

  private <K> Map<K, PersonnelCount> sumBy(
      Set<PersonnelCategory> categories,
      Function<DeploymentRecord, K> key,
      Comparator<? super K> order) {
    Objects.requireNonNull(categories, "categories");
    Map<K, PersonnelCount> sums = new TreeMap<>(order);
    for (DeploymentRecord record : records()) {
      if (categories.contains(record.category())) {
        sums.merge(key.apply(record), record.personnel(), PersonnelCount::plus);
      }
    }
    return Collections.unmodifiableMap(sums);
  }

  /**
   * Returns the date and the number of records, such as {@code "2014-02-28: 432 records"}.
   *
   * @return the snapshot as text, never null
   */
  @Override
  public String toString() {
    int size = records().size();
    return date() + ": " + size + (size == 1 ? " record" : " records");
  }
}
