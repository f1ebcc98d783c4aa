/**
 * The communiqué rules as Jakarta Bean Validation constraints.
 *
 * <p>Each constraint is an annotation (message key, groups, payload, a nested {@code List} for
 * repeats), a validator, and a message in {@code ValidationMessages.properties}; each names its rule
 * with {@link io.github.peacekeeping.validation.constraints.RuleId} and carries its severity as
 * payload ({@link io.github.peacekeeping.validation.Severity.Error} and so on). They can be put on
 * the fields of your own classes that hold core values, and any Bean Validation provider with its
 * default configuration runs them:
 *
 * <pre>{@code
 * class Deployment {
 *   @NationalInvestigationOfficerIncluded
 *   Unit unit;
 * }
 * }</pre>
 *
 * <p>Rules that depend on the evaluation date or on caller-supplied data read them from a {@link
 * io.github.peacekeeping.validation.ValidationContext} passed as Hibernate Validator's constraint
 * validator payload, as {@link io.github.peacekeeping.validation.CommuniqueValidator} does; without
 * one they do not report (they never read the system clock).
 */
package io.github.peacekeeping.validation.constraints;
