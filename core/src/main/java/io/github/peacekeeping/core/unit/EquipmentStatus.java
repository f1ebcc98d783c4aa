package io.github.peacekeeping.core.unit;

/** The state of a unit's required (contingent-owned) equipment. */
public enum EquipmentStatus {
  /** The required equipment is deployed and meets the standard. */
  AT_STANDARD,
  /** The equipment is deployed but below the standard. */
  SUB_STANDARD,
  /** The required equipment has not been deployed. */
  NOT_DEPLOYED
}
