package io.github.peacekeeping.core.pledge;

/** The categories of pledges of the Seoul UN Peacekeeping Ministerial (December 2021). */
public enum PledgeCategory {
  /** Military and police capabilities, some of them for rapid deployment. */
  MILITARY_AND_POLICE_CAPABILITIES,
  /** Training and capacity building. */
  TRAINING_AND_CAPACITY_BUILDING,
  /** Medical capabilities and medical capacity building. */
  MEDICAL,
  /** Technology. */
  TECHNOLOGY,
  /** Women in peacekeeping. */
  WOMEN_IN_PEACEKEEPING,
  /** Reducing the environmental footprint of peacekeeping. */
  ENVIRONMENTAL_FOOTPRINT
}
