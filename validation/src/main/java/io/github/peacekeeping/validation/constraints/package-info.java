/**
 * The communiqué rules as Jakarta Bean Validation constraints.
 *
 * <p>Each constraint is an annotation (message key, groups, payload, a nested {@code List} for
 * repeats), a validator, and a message in {@code ContributorValidationMessages.properties}; each
 * names its rule with {@link io.github.peacekeeping.validation.constraints.RuleId} and carries its severity as
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
 *
 * <p>The messages ship in {@code ContributorValidationMessages.properties}, the bundle Hibernate
 * Validator's message interpolators aggregate across every jar that contributes one, and not in
 * {@code ValidationMessages.properties}, which Jakarta Validation reserves for the application: an
 * application with its own bundle keeps it, and our messages are still found. Another provider
 * than Hibernate Validator reads only the application's bundle; an application using one copies
 * our keys into its own {@code ValidationMessages.properties}.
 */
package io.github.peacekeeping.validation.constraints;
