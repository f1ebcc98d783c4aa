package io.github.peacekeeping.core.unit;

/** How far a unit has gone from being offered to serving in a mission, in that order. */
public enum DeploymentStatus {
  /** Offered to the UN, not yet ready to deploy. */
  OFFERED,
  /** Ready to deploy to a mission. */
  READY_TO_DEPLOY,
  /** Deployed in a mission. */
  DEPLOYED
}
