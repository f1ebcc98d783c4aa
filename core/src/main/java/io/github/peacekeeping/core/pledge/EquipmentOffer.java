package io.github.peacekeeping.core.pledge;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.core.personnel.Bounds;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Equipment offered in a pledge, such as helicopters donated to a partner country.
 *
 * <p>Invariants: the description is not blank and the quantity is from one to {@link
 * Bounds#MAX_EQUIPMENT_QUANTITY}.
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
   * @return the quantity, from one to {@link Bounds#MAX_EQUIPMENT_QUANTITY}
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
   * @param quantity how many items, from one to {@link Bounds#MAX_EQUIPMENT_QUANTITY}
   * @return the offer, never null
   * @throws NullPointerException if {@code description} is null
   * @throws IllegalArgumentException if {@code description} is blank or {@code quantity} is less
   *     than one or more than {@link Bounds#MAX_EQUIPMENT_QUANTITY}
   */
  public static EquipmentOffer of(String description, int quantity) {
    return ImmutableEquipmentOffer.of(description, quantity, Optional.empty());
  }

  /**
   * Returns an offer of equipment to a recipient.
   *
   * @param description what is offered, not null or blank
   * @param quantity how many items, from one to {@link Bounds#MAX_EQUIPMENT_QUANTITY}
   * @param recipient who the equipment is offered to, not null
   * @return the offer, never null
   * @throws NullPointerException if {@code description} or {@code recipient} is null
   * @throws IllegalArgumentException if {@code description} is blank or {@code quantity} is less
   *     than one or more than {@link Bounds#MAX_EQUIPMENT_QUANTITY}
   */
  public static EquipmentOffer of(String description, int quantity, Contributor recipient) {
    return ImmutableEquipmentOffer.of(description, quantity, Optional.of(recipient));
  }

  @Value.Check
  void check() {
    if (description().isBlank()) {
      throw InvalidAttributeException.of(
          "description", "must not be blank, was '" + description() + "'");
    }
    if (quantity() < 1) {
      throw InvalidAttributeException.of("quantity", "must be at least 1, was " + quantity());
    }
    if (quantity() > Bounds.MAX_EQUIPMENT_QUANTITY) {
      throw InvalidAttributeException.of(
          "quantity", "must be at most " + Bounds.MAX_EQUIPMENT_QUANTITY + ", was " + quantity());
    }
  }
}
