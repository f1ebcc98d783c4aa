package io.github.peacekeeping.core.mission;

import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What is known of a mission on a given day: its mandate, the capabilities it holds and the
 * uniformed personnel it has deployed. This is what the rules module checks a mission against.
 *
 * <p>The mandate is the mission's own. Whether the mission holds the capabilities its mandate
 * needs, or has deployed more personnel than its ceilings allow, is policy, not an invariant: a
 * profile is built as observed and the rules module reports such findings.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class MissionProfile {

  MissionProfile() {}

  /**
   * Returns the mission.
   *
   * @return the mission, never null
   */
  public abstract Mission mission();

  /**
   * Returns the mission's mandate in force.
   *
   * @return the mandate, whose mission is {@link #mission()}, never null
   */
  public abstract Mandate mandate();

  /**
   * Returns the capabilities the mission holds.
   *
   * @return an unmodifiable set, possibly empty, never null
   */
  public abstract Set<MissionCapability> capabilities();

  /**
   * Returns the uniformed personnel deployed, by category.
   *
   * @return an unmodifiable map, possibly empty, never null
   */
  public abstract Map<PersonnelCategory, PersonnelCount> deployed();

  /**
   * Returns the day the profile describes.
   *
   * @return the day, never null
   */
  public abstract LocalDate asOf();

  /**
   * Returns a builder for a profile.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the personnel deployed in one category.
   *
   * @param category the category, not null
   * @return the count, {@link PersonnelCount#ZERO} if none is recorded, never null
   * @throws NullPointerException if {@code category} is null
   */
  public PersonnelCount deployed(PersonnelCategory category) {
    Objects.requireNonNull(category, "category");
    return deployed().getOrDefault(category, PersonnelCount.ZERO);
  }

  @Value.Check
  void check() {
    if (!mandate().mission().equals(mission())) {
      throw new IllegalArgumentException(
          "mandate: must be a mandate of " + mission() + ", was a mandate of "
              + mandate().mission());
    }
  }

  /**
   * Builds a {@link MissionProfile}. The mission, mandate and day are required; capabilities are
   * added with {@code addCapability}, deployed personnel with {@code putDeployed}. {@code build()}
   * throws {@link IllegalStateException} naming a missing attribute and {@link
   * IllegalArgumentException} when an invariant fails.
   */
  public static final class Builder extends ImmutableMissionProfile.Builder {
    Builder() {}
  }
}
