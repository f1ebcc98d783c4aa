package io.github.peacekeeping.core.pledge;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * Training or capacity building offered in a pledge, to the contributors named (if any).
 *
 * <p>Invariant: the description is not blank.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class TrainingOffer {

  TrainingOffer() {}

  /**
   * Returns what training is offered.
   *
   * @return the description, such as {@code "helicopter pilot training"}, never null or blank
   */
  @Value.Parameter
  public abstract String description();

  /**
   * Returns who the training is offered to, in the order given.
   *
   * @return the recipients, possibly none, unmodifiable, never null
   */
  @Value.Parameter
  public abstract List<Contributor> recipients();

  /**
   * Returns an offer of training.
   *
   * @param description what training is offered, not null or blank
   * @param recipients who it is offered to, possibly none, not null and without null elements
   * @return the offer, never null
   * @throws NullPointerException if an argument or a recipient is null
   * @throws IllegalArgumentException if {@code description} is blank
   */
  public static TrainingOffer of(String description, List<Contributor> recipients) {
    return ImmutableTrainingOffer.of(description, recipients);
  }

  @Value.Check
  void check() {
    if (description().isBlank()) {
      throw InvalidAttributeException.of(
          "description", "must not be blank, was '" + description() + "'");
    }
  }
}
