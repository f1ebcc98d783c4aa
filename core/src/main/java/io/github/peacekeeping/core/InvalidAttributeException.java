package io.github.peacekeeping.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a value of the model is built with an attribute that breaks one of its invariants:
 * a blank identifier, a count beyond its bound, a date before the one it must follow, a part that
 * holds more personnel than the whole.
 *
 * <p>The attribute that failed is carried as data, never only as text: {@link #attribute()} is
 * the name of the builder attribute (as the builder and the JSON exchange format spell it), and
 * {@link #element()} names the element of a list (its index) or of a map (its key) when one
 * element failed. A program that locates the problem, such as the JSON reader building a JSON
 * Pointer, reads these and never parses {@link #getMessage()}, whose wording may change.
 *
 * <p>The message is {@code attribute: requirement} or {@code attribute[element]: requirement}.
 */
public final class InvalidAttributeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The attribute that failed; never null. */
  private final String attribute;

  /** The element of the attribute that failed, or null for the attribute as a whole. */
  private final String element;

  /** What the attribute must be, and what it was; never null. */
  private final String requirement;

  private InvalidAttributeException(String attribute, String element, String requirement) {
    super(attribute + (element == null ? "" : "[" + element + "]") + ": " + requirement);
    this.attribute = attribute;
    this.element = element;
    this.requirement = requirement;
  }

  /**
   * Returns the exception for an attribute as a whole.
   *
   * @param attribute the attribute's name, not null
   * @param requirement what the attribute must be and what it was, not null
   * @return the exception, never null
   * @throws NullPointerException if an argument is null
   */
  public static InvalidAttributeException of(String attribute, String requirement) {
    return new InvalidAttributeException(
        Objects.requireNonNull(attribute, "attribute"), null,
        Objects.requireNonNull(requirement, "requirement"));
  }

  /**
   * Returns the exception for one element of a list attribute.
   *
   * @param attribute the list attribute's name, not null
   * @param index the index of the element that failed, from 0
   * @param requirement what the element must be and what it was, not null
   * @return the exception, never null
   * @throws NullPointerException if an argument is null
   */
  public static InvalidAttributeException ofElement(
      String attribute, int index, String requirement) {
    return new InvalidAttributeException(
        Objects.requireNonNull(attribute, "attribute"), Integer.toString(index),
        Objects.requireNonNull(requirement, "requirement"));
  }

  /**
   * Returns the exception for one entry of a map attribute.
   *
   * @param attribute the map attribute's name, not null
   * @param key the key of the entry that failed, as the exchange format writes it, not null
   * @param requirement what the entry must be and what it was, not null
   * @return the exception, never null
   * @throws NullPointerException if an argument is null
   */
  public static InvalidAttributeException ofEntry(
      String attribute, String key, String requirement) {
    return new InvalidAttributeException(
        Objects.requireNonNull(attribute, "attribute"), Objects.requireNonNull(key, "key"),
        Objects.requireNonNull(requirement, "requirement"));
  }

  /**
   * Returns the name of the attribute that failed, as the builder and the exchange format spell
   * it.
   *
   * @return the attribute's name, never null
   */
  public String attribute() {
    return attribute;
  }

  /**
   * Returns the element that failed: a list element's index or a map entry's key.
   *
   * @return the element, or empty when the attribute as a whole failed; never null
   */
  public Optional<String> element() {
    return Optional.ofNullable(element);
  }

  /**
   * Returns what the attribute must be and what it was, without the attribute's name.
   *
   * @return the requirement, never null
   */
  public String requirement() {
    return requirement;
  }
}
