package io.github.peacekeeping.testkit;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.contributor.MemberStateCommitments;
import io.github.peacekeeping.validation.Rules;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * A generator of {@link MemberStateCommitments}, all met by default: any Member State, with a
 * National Action Plan on Women, Peace and Security, having reported the military roles open to
 * women and its officers by rank and gender. Such values draw no finding at all.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MemberStateCommitmentsGenerator implements Gen<MemberStateCommitments> {

  private static final List<String> SUPPORTED =
      List.of(Rules.LDN16_WPS_NAP, Rules.LDN16_ROLES_OPEN_TO_WOMEN);

  // The rule each value is made to break, or null for commitments that are all met.
  private final @Nullable String rule;

  // The Member State whose commitments are drawn, or null for any.
  private final @Nullable MemberState state;

  private MemberStateCommitmentsGenerator(@Nullable String rule, @Nullable MemberState state) {
    this.rule = rule;
    this.state = state;
  }

  static MemberStateCommitmentsGenerator defaults() {
    return new MemberStateCommitmentsGenerator(null, null);
  }

  /**
   * Returns a generator of the commitments of {@code state} only.
   *
   * @param state the Member State, not null
   * @return a new generator, never null
   */
  public MemberStateCommitmentsGenerator from(MemberState state) {
    java.util.Objects.requireNonNull(state, "state");
    return new MemberStateCommitmentsGenerator(rule, state);
  }

  /**
   * Returns a generator of commitments that break rule {@code ruleId}, and no other rule: {@link
   * io.github.peacekeeping.validation.CommuniqueValidator} reports, under {@link
   * Testkit#DEFAULT_CONTEXT}, a finding of that rule at its severity ({@code INFO} for both) and
   * no other finding:
   *
   * <ul>
   *   <li>{@code LDN16-WPS-NAP}: no National Action Plan on Women, Peace and Security;
   *   <li>{@code LDN16-ROLES-OPEN-TO-WOMEN}: the roles open to women, the officers by rank and
   *       gender, or both, not reported.
   * </ul>
   *
   * @param ruleId the ID of a rule listed above, not null
   * @return a new generator, never null
   * @throws IllegalArgumentException if {@code ruleId} is unknown or is a rule on another subject;
   *     the message names the rules this generator can break
   */
  public MemberStateCommitmentsGenerator violating(String ruleId) {
    return new MemberStateCommitmentsGenerator(Breaches.require(
        ruleId, "MemberStateCommitmentsGenerator", "a Member State's commitments", SUPPORTED),
        state);
  }

  /**
   * Returns the IDs of the rules {@link #violating} accepts, in the order of {@link
   * Rules#all()}.
   *
   * @return an unmodifiable list, never null
   */
  public List<String> supportedRules() {
    return SUPPORTED;
  }

  @Override
  public MemberStateCommitments generate(RandomnessSource in) {
    MemberState state = this.state != null ? this.state : Contributors.memberStates().generate(in);
    if (rule == null) {
      return MemberStateCommitments.of(state, true, true, true);
    }
    if (rule.equals(Rules.LDN16_WPS_NAP)) {
      return MemberStateCommitments.of(state, false, true, true);
    }
    // 1: roles not reported; 2: officers not reported; 3: neither.
    int missing = Gens.between(in, 1, 3);
    return MemberStateCommitments.of(state, true, (missing & 1) == 0, (missing & 2) == 0);
  }
}
