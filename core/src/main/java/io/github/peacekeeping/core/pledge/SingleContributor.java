package io.github.peacekeeping.core.pledge;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * An arrangement in which one contributor pledges alone.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract non-sealed class SingleContributor implements Arrangement {

  SingleContributor() {}

  /**
   * Returns the contributor.
   *
   * @return the contributor, never null
   */
  @Value.Parameter
  public abstract Contributor contributor();

  /**
   * Returns an arrangement of one contributor.
   *
   * @param contributor the contributor, not null
   * @return the arrangement, never null
   * @throws NullPointerException if {@code contributor} is null
   */
  public static SingleContributor of(Contributor contributor) {
    return ImmutableSingleContributor.of(contributor);
  }

  /**
   * Returns the contributor, alone.
   *
   * @return a list of the one contributor, never null
   */
  @Override
  public List<Contributor> contributors() {
    return List.of(contributor());
  }

  /**
   * Returns {@link ArrangementKind#SINGLE}.
   *
   * @return {@link ArrangementKind#SINGLE}
   */
  @Override
  public ArrangementKind kind() {
    return ArrangementKind.SINGLE;
  }
}
