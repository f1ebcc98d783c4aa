package io.github.peacekeeping.validation;

/** What a rule checks: one value of a core type, or a collection of them. */
public enum RuleSubject {
  /** One pledge ({@code io.github.peacekeeping.core.pledge.Pledge}). */
  PLEDGE,
  /** One unit ({@code io.github.peacekeeping.core.unit.Unit}). */
  UNIT,
  /** One mission with its mandate ({@code io.github.peacekeeping.core.mission.MissionProfile}). */
  MISSION,
  /** A Member State's commitments ({@code MemberStateCommitments}). */
  MEMBER_STATE,
  /** A registry of pledges, assessed as a whole. */
  PLEDGE_REGISTRY,
  /** A snapshot of deployed personnel by contributor, mission and category. */
  DEPLOYMENT_SNAPSHOT
}
