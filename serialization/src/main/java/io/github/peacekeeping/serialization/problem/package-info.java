/**
 * Problems found in exchanged data, common to JSON and CSV: the stable {@link
 * io.github.peacekeeping.serialization.problem.ProblemCode codes}, the {@link
 * io.github.peacekeeping.serialization.problem.DataProblem} interface and structured {@link
 * io.github.peacekeeping.serialization.problem.Location locations}. Severities are those of
 * validation ({@link io.github.peacekeeping.validation.Severity}).
 */
package io.github.peacekeeping.serialization.problem;
