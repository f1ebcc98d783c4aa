package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.unit.PredeploymentTraining;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.constraints.PredeploymentTrained;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code LDN16-PREDEPLOYMENT-TRAINING}: a unit deployed or ready to deploy has completed
 * pre-deployment training to UN minimum standards that covers preventing conflict-related sexual
 * violence and sexual exploitation and abuse, by the evaluation date: training completed later
 * counts as none. One finding per unit, listing what is missing.
 */
public final class PredeploymentTrainedValidator
    extends RuleValidator<PredeploymentTrained, Unit> {

  /** Creates the validator. */
  public PredeploymentTrainedValidator() {}

  @Override
  protected void check(Unit unit, Violations violations) {
    if (!Units.deployedOrReady(unit)) {
      return;
    }
    if (unit.training().isEmpty()) {
      violations.report(Units.template("PredeploymentTrained", "absent"))
          .at("training")
          .with("unit", unit.id())
          .with("status", Wording.status(unit.status()))
          .add();
      return;
    }
    PredeploymentTraining training = unit.training().get();
    LocalDate asOf = asOf(violations);
    if (!training.isCompletedBy(asOf)) {
      violations.report(Units.template("PredeploymentTrained", "later"))
          .at("training.completedOn")
          .with("unit", unit.id())
          .with("status", Wording.status(unit.status()))
          .with("completedOn", training.completedOn().orElseThrow().toString())
          .with("asOf", asOf.toString())
          .offending(training.completedOn().orElseThrow())
          .add();
      return;
    }
    List<String> missing = new ArrayList<>();
    if (!training.unMinimumStandards()) {
      missing.add("UN minimum standards");
    }
    if (!training.conflictRelatedSexualViolence()) {
      missing.add("prevention of conflict-related sexual violence");
    }
    if (!training.sexualExploitationAndAbuse()) {
      missing.add("prevention of sexual exploitation and abuse");
    }
    if (!missing.isEmpty()) {
      violations.report(Units.template("PredeploymentTrained", "message"))
          .at("training")
          .with("unit", unit.id())
          .with("status", Wording.status(unit.status()))
          .with("missing", Units.list(missing))
          .offending(training)
          .add();
    }
  }
}
