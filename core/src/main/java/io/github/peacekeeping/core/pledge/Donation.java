package io.github.peacekeeping.core.pledge;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An arrangement in which a donor gives equipment to a recipient so that it can be used in UN
 * peacekeeping, such as the 16 helicopters the Republic of Korea pledged at Seoul 2021 to donate to
 * partner countries. A donation that names no recipient is constructible: the rules module reports
 * it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract non-sealed class Donation implements Arrangement {

  Donation() {}

  /**
   * Returns the donor.
   *
   * @return the donor, never null
   */
  @Value.Parameter
  public abstract Contributor donor();

  /**
   * Returns the recipient, if named.
   *
   * @return the recipient, or empty; never null
   */
  @Value.Parameter
  public abstract Optional<Contributor> recipient();

  /**
   * Returns a donation to a recipient that may not be named.
   *
   * @param donor the donor, not null
   * @param recipient the recipient, or empty; not null
   * @return the arrangement, never null
   * @throws NullPointerException if an argument is null
   */
  public static Donation of(Contributor donor, Optional<? extends Contributor> recipient) {
    return ImmutableDonation.of(donor, recipient);
  }

  /**
   * Returns a donation to a named recipient.
   *
   * @param donor the donor, not null
   * @param recipient the recipient, not null
   * @return the arrangement, never null
   * @throws NullPointerException if an argument is null
   */
  public static Donation of(Contributor donor, Contributor recipient) {
    return of(donor, Optional.of(recipient));
  }

  /**
   * Returns the donor, the pledging party; the recipient benefits from the pledge but does not make
   * it.
   *
   * @return a list of the donor, never null
   */
  @Override
  public List<Contributor> contributors() {
    return List.of(donor());
  }

  /**
   * Returns {@link ArrangementKind#DONATION}.
   *
   * @return {@link ArrangementKind#DONATION}
   */
  @Override
  public ArrangementKind kind() {
    return ArrangementKind.DONATION;
  }
}
