package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.contributor.MemberStateCommitments;
import io.github.peacekeeping.validation.constraints.WpsNationalActionPlan;

/** {@code LDN16-WPS-NAP}: a Member State has a National Action Plan on Women, Peace and Security. */
public final class WpsNationalActionPlanValidator
    extends RuleValidator<WpsNationalActionPlan, MemberStateCommitments> {

  /** Creates the validator. */
  public WpsNationalActionPlanValidator() {}

  @Override
  protected void check(MemberStateCommitments commitments, Violations violations) {
    if (!commitments.wpsNationalActionPlan()) {
      violations.report(
              "{io.github.peacekeeping.validation.constraints.WpsNationalActionPlan.message}")
          .at("wpsNationalActionPlan")
          .with("state", commitments.memberState().code())
          .offending(false)
          .add();
    }
  }
}
