package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.pledge.Conference;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.validation.constraints.SeoulPledgeCategory;

/**
 * {@code SEO21-PLEDGE-CATEGORY}: a pledge made at the Seoul 2021 ministerial or a later one (or,
 * outside a conference, on or after the first day of Seoul 2021) carries at least one of the
 * categories Seoul introduced. The conference, when named, decides; the date only when it is not.
 */
public final class SeoulPledgeCategoryValidator
    extends RuleValidator<SeoulPledgeCategory, Pledge> {

  /** Creates the validator. */
  public SeoulPledgeCategoryValidator() {}

  @Override
  protected void check(Pledge pledge, Violations violations) {
    boolean applies = pledge.conference()
        .map(c -> c.isOnOrAfter(Conference.SEOUL_2021))
        .orElseGet(() -> !pledge.pledgedOn().isBefore(Conference.SEOUL_2021.date()));
    if (applies && pledge.categories().isEmpty()) {
      String when = pledge.conference()
          .map(c -> "at the " + c.city() + " " + c.date().getYear() + " ministerial")
          .orElseGet(() -> "on " + pledge.pledgedOn());
      violations.report("{io.github.peacekeeping.validation.constraints.SeoulPledgeCategory.message}")
          .at("categories")
          .with("pledge", pledge.id())
          .with("when", when)
          .offending(pledge.categories())
          .add();
    }
  }
}
