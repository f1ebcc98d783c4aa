/**
 * Import of the UN's peacekeeping contribution statistics (CSV, the wide layout of the monthly
 * contributions-by-gender reports and the long layouts of the UN's open data) into deployment
 * records, reporting every problem as an {@link io.github.peacekeeping.serialization.csv.ImportProblem}
 * with its stable {@link io.github.peacekeeping.serialization.problem.ProblemCode code} and its row
 * and column, and dropping nothing silently.
 */
package io.github.peacekeeping.serialization.csv;
