package io.github.peacekeeping.core.contributor;

import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import org.immutables.value.Value;

/**
 * What a Member State has done towards the commitments on women in peacekeeping that the
 * London Communiqué of 2016 calls for: a National Action Plan on Women, Peace and Security,
 * telling the UN which military roles are open to servicewomen, and giving a male/female
 * breakdown of officers by rank.
 *
 * <p>This is a record of facts, not a judgement: any combination can be built, including none of
 * the commitments met; the validation module reports which are missing. Built with {@link
 * #builder()} every commitment defaults to {@code false}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class MemberStateCommitments {

  MemberStateCommitments() {}

  /**
   * Returns the Member State these commitments belong to.
   *
   * @return the state, never null
   */
  public abstract MemberState memberState();

  /**
   * Tells whether the state has a National Action Plan on Women, Peace and Security.
   *
   * @return true if it has one; false if it has none or none is known
   */
  @Value.Default
  public boolean wpsNationalActionPlan() {
    return false;
  }

  /**
   * Tells whether the state has told the UN which military roles are open to servicewomen.
   *
   * @return true if it has reported them; false if it has not or it is not known
   */
  @Value.Default
  public boolean rolesOpenToWomenReported() {
    return false;
  }

  /**
   * Tells whether the state has given the UN a male/female breakdown of its officers by rank.
   *
   * @return true if it has given one; false if it has not or it is not known
   */
  @Value.Default
  public boolean officersByRankAndGenderReported() {
    return false;
  }

  /**
   * Returns a state's commitments.
   *
   * @param memberState the state, not null
   * @param wpsNationalActionPlan whether it has a National Action Plan on Women, Peace and Security
   * @param rolesOpenToWomenReported whether it has told the UN which military roles are open to
   *     servicewomen
   * @param officersByRankAndGenderReported whether it has given a male/female breakdown of officers
   *     by rank
   * @return the commitments, never null
   * @throws NullPointerException if {@code memberState} is null
   */
  public static MemberStateCommitments of(
      MemberState memberState,
      boolean wpsNationalActionPlan,
      boolean rolesOpenToWomenReported,
      boolean officersByRankAndGenderReported) {
    return builder()
        .memberState(memberState)
        .wpsNationalActionPlan(wpsNationalActionPlan)
        .rolesOpenToWomenReported(rolesOpenToWomenReported)
        .officersByRankAndGenderReported(officersByRankAndGenderReported)
        .build();
  }

  /**
   * Returns a builder in which every commitment is {@code false} until set; the Member State must
   * be set before {@code build()}.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link MemberStateCommitments}. Every commitment defaults to {@code false}; {@code
   * build()} throws {@link IllegalStateException} if the Member State is not set, and a setter
   * throws {@link NullPointerException} when given a null state.
   */
  public static final class Builder extends ImmutableMemberStateCommitments.Builder {
    Builder() {}
  }
}
