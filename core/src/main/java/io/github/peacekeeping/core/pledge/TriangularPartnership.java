package io.github.peacekeeping.core.pledge;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * An arrangement that brings a troop- or police-contributing country together with a provider able
 * to offer it particular training or equipment. A provider that is the contributor itself is
 * constructible: the rules module reports it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract non-sealed class TriangularPartnership implements Arrangement {

  TriangularPartnership() {}

  /**
   * Returns the contributor that provides the personnel.
   *
   * @return the contributor, never null
   */
  @Value.Parameter
  public abstract Contributor contributor();

  /**
   * Returns the partner that provides training or equipment.
   *
   * @return the provider, never null
   */
  @Value.Parameter
  public abstract Contributor provider();

  /**
   * Returns a triangular partnership.
   *
   * @param contributor the contributor that provides the personnel, not null
   * @param provider the partner that provides training or equipment, not null
   * @return the arrangement, never null
   * @throws NullPointerException if an argument is null
   */
  public static TriangularPartnership of(Contributor contributor, Contributor provider) {
    return ImmutableTriangularPartnership.of(contributor, provider);
  }

  /**
   * Returns the contributor, then the provider unless it is the contributor itself.
   *
   * @return the contributors, unmodifiable, never null
   */
  @Override
  public List<Contributor> contributors() {
    return contributor().equals(provider())
        ? List.of(contributor())
        : List.of(contributor(), provider());
  }

  /**
   * Returns {@link ArrangementKind#TRIANGULAR}.
   *
   * @return {@link ArrangementKind#TRIANGULAR}
   */
  @Override
  public ArrangementKind kind() {
    return ArrangementKind.TRIANGULAR;
  }
}
