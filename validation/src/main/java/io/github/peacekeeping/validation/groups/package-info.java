/**
 * Validation groups, one per source document, so that a caller can validate against chosen rule
 * sets with plain Jakarta Bean Validation: {@code validator.validate(unit, Ldn16.class)}.
 */
package io.github.peacekeeping.validation.groups;
