package io.github.peacekeeping.core.pledge;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Equipment offered in a pledge, such as helicopters donated to a partner country.
 *
 * <p>Invariants: the description is not blank and the quantity is at least one.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class EquipmentOffer {

  EquipmentOffer() {}

  /**
   * Returns what is offered.
   *
   * @return the description, such as {@code "utility helicopter"}, never null or blank
   */
  @Value.Parameter
  public abstract String description();

  /**
   * Returns how many items are offered.
   *
   * @return the quantity, at least one
   */
  @Value.Parameter
  public abstract int quantity();

  /**
   * Returns who the equipment is offered to, if named.
   *
   * @return the recipient, or empty; never null
   */
  @Value.Parameter
  public abstract Optional<Contributor> recipient();

  /**
   * Returns an offer of equipment to no recipient in particular.
   *
   * @param description what is offered, not null or blank
   * @param quantity how many items, at least one
   * @return the offer, never null
   * @throws NullPointerException if {@code description} is null
   * @throws IllegalArgumentException if {@code description} is blank or {@code quantity} is less
   *     than one
   */
  public static EquipmentOffer of(String description, int quantity) {
    return ImmutableEquipmentOffer.of(description, quantity, Optional.empty());
  }

  /**
   * Returns an offer of equipment to a recipient.
   *
   * @param description what is offered, not null or blank
   * @param quantity how many items, at least one
   * @param recipient who the equipment is offered to, not null
   * @return the offer, never null
   * @throws NullPointerException if {@code description} or {@code recipient} is null
   * @throws IllegalArgumentException if {@code description} is blank or {@code quantity} is less
   *     than one
   */
  public static EquipmentOffer of(String description, int quantity, Contributor recipient) {
    return ImmutableEquipmentOffer.of(description, quantity, Optional.of(recipient));
  }

  @Value.Check
  void check() {
    if (description().isBlank()) {
      throw new IllegalArgumentException(
          "description: must not be blank, was '" + description() + "'");
    }
    if (quantity() < 1) {
      throw new IllegalArgumentException("quantity: must be at least 1, was " + quantity());
    }
  }
}
