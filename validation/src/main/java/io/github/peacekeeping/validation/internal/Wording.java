package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.unit.DeploymentStatus;

/** Words for core values in messages, the same in every rule. */
final class Wording {

  private Wording() {}

  static String status(DeploymentStatus status) {
    return switch (status) {
      case OFFERED -> "offered";
      case READY_TO_DEPLOY -> "ready to deploy";
      case DEPLOYED -> "deployed";
    };
  }
}
