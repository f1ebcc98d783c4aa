package io.github.peacekeeping.core.pledge;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An arrangement in which a group of contributors provide a capability in turn, such as the C-130
 * transport aircraft in the UN mission in Mali. Periods that overlap, or a rotation of one
 * contributor, are constructible: the rules module reports them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract non-sealed class Rotation implements Arrangement {

  Rotation() {}

  /**
   * Returns the contributors' turns, in the order given.
   *
   * @return the periods, unmodifiable, never null
   */
  @Value.Parameter
  public abstract List<RotationPeriod> periods();

  /**
   * Returns a rotation of the given periods.
   *
   * @param periods the contributors' turns, in order, not null and without null elements
   * @return the arrangement, never null
   * @throws NullPointerException if {@code periods} or one of them is null
   */
  public static Rotation of(List<RotationPeriod> periods) {
    return ImmutableRotation.of(periods);
  }

  /**
   * Returns the contributors of the periods, each once, in the order of their first period.
   *
   * @return the contributors, unmodifiable, never null
   */
  @Override
  public List<Contributor> contributors() {
    Set<Contributor> contributors = new LinkedHashSet<>();
    for (RotationPeriod period : periods()) {
      contributors.add(period.contributor());
    }
    return List.copyOf(contributors);
  }

  /**
   * Returns {@link ArrangementKind#ROTATION}.
   *
   * @return {@link ArrangementKind#ROTATION}
   */
  @Override
  public ArrangementKind kind() {
    return ArrangementKind.ROTATION;
  }
}
