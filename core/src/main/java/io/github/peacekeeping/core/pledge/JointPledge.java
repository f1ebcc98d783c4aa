package io.github.peacekeeping.core.pledge;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * An arrangement in which contributors pledge one capability together, such as the
 * Norwegian–Serbian level II hospital in the former UN mission in the Central African Republic and
 * Chad. A joint pledge naming fewer than two contributors is constructible: the rules module
 * reports it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract non-sealed class JointPledge implements Arrangement {

  JointPledge() {}

  /**
   * Returns the contributors that pledge together, in the order given.
   *
   * @return the contributors, unmodifiable, never null
   */
  @Value.Parameter
  @Override
  public abstract List<Contributor> contributors();

  /**
   * Returns a joint pledge of the given contributors.
   *
   * @param contributors the contributors, in order, not null and without null elements
   * @return the arrangement, never null
   * @throws NullPointerException if {@code contributors} or one of them is null
   */
  public static JointPledge of(List<Contributor> contributors) {
    return ImmutableJointPledge.of(contributors);
  }

  /**
   * Returns {@link ArrangementKind#JOINT}.
   *
   * @return {@link ArrangementKind#JOINT}
   */
  @Override
  public ArrangementKind kind() {
    return ArrangementKind.JOINT;
  }
}
