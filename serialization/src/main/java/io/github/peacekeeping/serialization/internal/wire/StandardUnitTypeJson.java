package io.github.peacekeeping.serialization.internal.wire;

/**
 * The codes of the standard unit types, so that the schema lists them; a test checks that they are
 * exactly the codes of {@code UnitType.standardTypes()}.
 */
public enum StandardUnitTypeJson implements UnitTypeJson {
  /** Infantry battalion. */
  INFANTRY_BATTALION,
  /** Quick reaction force. */
  QUICK_REACTION_FORCE,
  /** Engineer company. */
  ENGINEER_COMPANY,
  /** Level I hospital. */
  LEVEL_1_HOSPITAL,
  /** Level II hospital. */
  LEVEL_2_HOSPITAL,
  /** Level III hospital. */
  LEVEL_3_HOSPITAL,
  /** Utility helicopter unit. */
  UTILITY_HELICOPTER_UNIT,
  /** Armed helicopter unit. */
  ARMED_HELICOPTER_UNIT,
  /** Transport aircraft unit. */
  TRANSPORT_AIRCRAFT_UNIT,
  /** Riverine unit. */
  RIVERINE_UNIT,
  /** Signals unit. */
  SIGNALS_UNIT,
  /** Logistics unit. */
  LOGISTICS_UNIT,
  /** Reconnaissance unit. */
  RECONNAISSANCE_UNIT,
  /** Military police unit. */
  MILITARY_POLICE_UNIT,
  /** Formed police unit. */
  FORMED_POLICE_UNIT,
  /** Specialised police team. */
  SPECIALISED_POLICE_TEAM,
  /** Staff officers. */
  STAFF_OFFICERS,
  /** Military observers. */
  MILITARY_OBSERVERS,
  /** Individual police officers. */
  INDIVIDUAL_POLICE_OFFICERS,
  /** Corrections officers. */
  CORRECTIONS_OFFICERS
}
