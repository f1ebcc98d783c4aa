package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.contributor.MemberStateCommitments;
import io.github.peacekeeping.validation.constraints.RolesOpenToWomenReported;

/**
 * {@code LDN16-ROLES-OPEN-TO-WOMEN}: a Member State has told the UN which military roles are open
 * to servicewomen, with a breakdown of its officers by rank and gender. One violation, at the first
 * attribute that is missing; its message says which of the two are missing.
 */
public final class RolesOpenToWomenReportedValidator
    extends RuleValidator<RolesOpenToWomenReported, MemberStateCommitments> {

  private static final String PREFIX =
      "{io.github.peacekeeping.validation.constraints.RolesOpenToWomenReported.";

  /** Creates the validator. */
  public RolesOpenToWomenReportedValidator() {}

  @Override
  protected void check(MemberStateCommitments commitments, Violations violations) {
    boolean roles = commitments.rolesOpenToWomenReported();
    boolean officers = commitments.officersByRankAndGenderReported();
    if (roles && officers) {
      return;
    }
    String key = !roles && !officers ? "neither}" : !roles ? "message}" : "officers}";
    violations.report(PREFIX + key)
        .at(roles ? "officersByRankAndGenderReported" : "rolesOpenToWomenReported")
        .with("state", commitments.memberState().code())
        .offending(false)
        .add();
  }
}
