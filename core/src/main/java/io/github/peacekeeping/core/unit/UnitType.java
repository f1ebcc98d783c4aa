package io.github.peacekeeping.core.unit;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A type of unit, or of individual personnel, that a contributor offers to UN peacekeeping: an
 * infantry battalion, a level II hospital, a formed police unit, staff officers and so on.
 *
 * <p>The standard types are constants of this class ({@link #standardTypes()}); other types can be
 * built with {@link #of(String, String, UnitCategory, boolean)} or {@link #builder()}. A type is
 * identified by its code, in upper snake case ({@code "INFANTRY_BATTALION"}); {@link #toString()}
 * returns the code and {@link #parse(CharSequence)} reads a standard type's code back. Two types
 * are equal when all their attributes are.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class UnitType {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");

  /** Infantry battalion. */
  public static final UnitType INFANTRY_BATTALION =
      of("INFANTRY_BATTALION", "Infantry battalion", UnitCategory.MILITARY, true);

  /** Quick reaction force. */
  public static final UnitType QUICK_REACTION_FORCE =
      of("QUICK_REACTION_FORCE", "Quick reaction force", UnitCategory.MILITARY, true);

  /** Engineer company. */
  public static final UnitType ENGINEER_COMPANY =
      of("ENGINEER_COMPANY", "Engineer company", UnitCategory.MILITARY, true);

  /** Level I hospital: primary health care and emergency resuscitation. */
  public static final UnitType LEVEL_1_HOSPITAL = medical("LEVEL_1_HOSPITAL", "Level I hospital");

  /** Level II hospital: adds emergency surgery, post-operative and intensive care. */
  public static final UnitType LEVEL_2_HOSPITAL = medical("LEVEL_2_HOSPITAL", "Level II hospital");

  /** Level III hospital: the highest level of care deployed in a mission area. */
  public static final UnitType LEVEL_3_HOSPITAL =
      medical("LEVEL_3_HOSPITAL", "Level III hospital");

  /** Utility helicopter unit. */
  public static final UnitType UTILITY_HELICOPTER_UNIT =
      helicopter("UTILITY_HELICOPTER_UNIT", "Utility helicopter unit");

  /** Armed helicopter unit. */
  public static final UnitType ARMED_HELICOPTER_UNIT =
      helicopter("ARMED_HELICOPTER_UNIT", "Armed helicopter unit");

  /** Transport aircraft unit (fixed-wing airlift, such as a C-130). */
  public static final UnitType TRANSPORT_AIRCRAFT_UNIT =
      of("TRANSPORT_AIRCRAFT_UNIT", "Transport aircraft unit", UnitCategory.MILITARY, true);

  /** Riverine unit. */
  public static final UnitType RIVERINE_UNIT =
      of("RIVERINE_UNIT", "Riverine unit", UnitCategory.MILITARY, true);

  /** Signals unit. */
  public static final UnitType SIGNALS_UNIT =
      of("SIGNALS_UNIT", "Signals unit", UnitCategory.MILITARY, true);

  /** Logistics unit. */
  public static final UnitType LOGISTICS_UNIT =
      of("LOGISTICS_UNIT", "Logistics unit", UnitCategory.MILITARY, true);

  /** Intelligence, surveillance and reconnaissance (ISR) unit. */
  public static final UnitType RECONNAISSANCE_UNIT =
      of(
          "RECONNAISSANCE_UNIT",
          "Intelligence, surveillance and reconnaissance unit",
          UnitCategory.MILITARY,
          true);

  /** Military police unit. */
  public static final UnitType MILITARY_POLICE_UNIT =
      of("MILITARY_POLICE_UNIT", "Military police unit", UnitCategory.MILITARY, true);

  /** Formed police unit (FPU): a self-sustaining police unit of nominally 140 officers. */
  public static final UnitType FORMED_POLICE_UNIT =
      builder()
          .code("FORMED_POLICE_UNIT")
          .name("Formed police unit")
          .category(UnitCategory.POLICE)
          .formed(true)
          .nominalStrength(140)
          .build();

  /**
   * Specialised police team: police officers with specialised expertise, seconded as a team rather
   * than as a self-sustaining formed unit.
   */
  public static final UnitType SPECIALISED_POLICE_TEAM =
      of("SPECIALISED_POLICE_TEAM", "Specialised police team", UnitCategory.POLICE, false);

  /** Military staff officers, deployed as individuals. */
  public static final UnitType STAFF_OFFICERS =
      of("STAFF_OFFICERS", "Staff officers", UnitCategory.MILITARY, false);

  /** Military observers (experts on mission), deployed as individuals. */
  public static final UnitType MILITARY_OBSERVERS =
      of("MILITARY_OBSERVERS", "Military observers", UnitCategory.MILITARY, false);

  /** Individual police officers (IPO). */
  public static final UnitType INDIVIDUAL_POLICE_OFFICERS =
      of("INDIVIDUAL_POLICE_OFFICERS", "Individual police officers", UnitCategory.POLICE, false);

  /** Corrections officers, deployed as individuals. */
  public static final UnitType CORRECTIONS_OFFICERS =
      of(
          "CORRECTIONS_OFFICERS",
          "Corrections officers",
          UnitCategory.JUSTICE_AND_CORRECTIONS,
          false);

  private static final List<UnitType> STANDARD_TYPES =
      List.of(
          INFANTRY_BATTALION,
          QUICK_REACTION_FORCE,
          ENGINEER_COMPANY,
          LEVEL_1_HOSPITAL,
          LEVEL_2_HOSPITAL,
          LEVEL_3_HOSPITAL,
          UTILITY_HELICOPTER_UNIT,
          ARMED_HELICOPTER_UNIT,
          TRANSPORT_AIRCRAFT_UNIT,
          RIVERINE_UNIT,
          SIGNALS_UNIT,
          LOGISTICS_UNIT,
          RECONNAISSANCE_UNIT,
          MILITARY_POLICE_UNIT,
          FORMED_POLICE_UNIT,
          SPECIALISED_POLICE_TEAM,
          STAFF_OFFICERS,
          MILITARY_OBSERVERS,
          INDIVIDUAL_POLICE_OFFICERS,
          CORRECTIONS_OFFICERS);

  UnitType() {}

  /**
   * Returns the type's code, in upper snake case.
   *
   * @return the code, such as {@code "INFANTRY_BATTALION"}, never null
   */
  @Value.Parameter
  public abstract String code();

  /**
   * Returns the type's name in English.
   *
   * @return the name, such as {@code "Infantry battalion"}, never null or blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the branch units of this type belong to.
   *
   * @return the category, never null
   */
  @Value.Parameter
  public abstract UnitCategory category();

  /**
   * Tells whether units of this type are self-sustaining formed units, as opposed to individuals
   * (staff officers, military observers, individual police, corrections officers).
   *
   * @return true for a formed unit
   */
  @Value.Parameter
  public abstract boolean formed();

  /**
   * Returns the nominal number of personnel of a unit of this type, where the UN sets one.
   *
   * @return the nominal strength, more than zero, or empty; never null
   */
  public abstract OptionalInt nominalStrength();

  /**
   * Tells whether units of this type operate helicopters.
   *
   * @return true for a helicopter unit; false by default
   */
  @Value.Default
  public boolean helicopter() {
    return false;
  }

  /**
   * Tells whether units of this type are medical facilities.
   *
   * @return true for a medical unit; false by default
   */
  @Value.Default
  public boolean medical() {
    return false;
  }

  /**
   * Returns a unit type that is neither a helicopter nor a medical unit and has no nominal
   * strength; use {@link #builder()} for the others.
   *
   * @param code the code, in upper snake case, not null
   * @param name the name in English, not null or blank
   * @param category the category, not null
   * @param formed whether units of the type are self-sustaining formed units
   * @return the unit type, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code code} is not in upper snake case or {@code name} is
   *     blank
   */
  public static UnitType of(String code, String name, UnitCategory category, boolean formed) {
    return ImmutableUnitType.of(code, name, category, formed);
  }

  /**
   * Returns the standard unit type with the given code; the inverse of {@link #toString()}.
   *
   * @param code the code of a standard type, ignoring case and surrounding white space, not null
   * @return the standard type, never null
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if no standard type has that code
   */
  public static UnitType parse(CharSequence code) {
    Objects.requireNonNull(code, "code");
    String wanted = code.toString().strip().toUpperCase(Locale.ROOT);
    for (UnitType type : STANDARD_TYPES) {
      if (type.code().equals(wanted)) {
        return type;
      }
    }
    throw InvalidAttributeException.of("code", "no standard unit type has the code '" + code + "'");
  }

  /**
   * Returns the standard unit types, in the order of their declaration in this class.
   *
   * @return the standard types, unmodifiable, never null
   */
  public static List<UnitType> standardTypes() {
    return STANDARD_TYPES;
  }

  /**
   * Returns a new builder. The code, name, category and whether the type is formed must be set.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UnitType} values. Not thread-safe. */
  public static final class Builder extends ImmutableUnitType.Builder {
    Builder() {}
  }

  private static UnitType medical(String code, String name) {
    return builder()
        .code(code)
        .name(name)
        .category(UnitCategory.MILITARY)
        .formed(true)
        .medical(true)
        .build();
  }

  private static UnitType helicopter(String code, String name) {
    return builder()
        .code(code)
        .name(name)
        .category(UnitCategory.MILITARY)
        .formed(true)
        .helicopter(true)
        .build();
  }

  @Value.Check
  void check() {
    if (!CODE.matcher(code()).matches()) {
      throw InvalidAttributeException.of(
          "code", "must be in upper snake case, such as INFANTRY_BATTALION, was '" + code() + "'");
    }
    if (name().isBlank()) {
      throw InvalidAttributeException.of("name", "must not be blank, was '" + name() + "'");
    }
    if (nominalStrength().isPresent() && nominalStrength().getAsInt() <= 0) {
      throw InvalidAttributeException.of(
          "nominalStrength", "must be more than zero, was " + nominalStrength().getAsInt());
    }
  }

  /**
   * Returns the type's code.
   *
   * @return the code, never null
   */
  @Override
  public String toString() {
    return code();
  }
}
