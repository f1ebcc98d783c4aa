package io.github.peacekeeping.testkit;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.contributor.InternationalOrganisation;
import io.github.peacekeeping.core.contributor.MemberState;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of contributors: the real UN Member States of {@link MemberState#all()} and the
 * international organisations of {@link InternationalOrganisation#all()}.
 *
 * <p>They shrink towards the first entry of each catalogue (in code order). This class is
 * immutable and thread-safe.
 */
public final class Contributors {

  private Contributors() {}

  /**
   * Returns a generator of UN Member States, each equally likely.
   *
   * @return a generator of member states, never null
   */
  public static Gen<MemberState> memberStates() {
    return Generate.pick(MemberState.all());
  }

  /**
   * Returns a generator of the international organisations that make pledges (EU, AU, NATO…),
   * each equally likely.
   *
   * @return a generator of organisations, never null
   */
  public static Gen<InternationalOrganisation> organisations() {
    return Generate.pick(InternationalOrganisation.all());
  }

  /**
   * Returns a generator of contributors: a Member State nine times in ten, an international
   * organisation otherwise.
   *
   * @return a generator of contributors, never null
   */
  public static Gen<Contributor> contributors() {
    Gen<Contributor> states = memberStates().map(Contributor.class::cast);
    Gen<Contributor> organisations = organisations().map(Contributor.class::cast);
    return Generate.frequency(List.of(Pair.of(9, states), Pair.of(1, organisations)));
  }
}
