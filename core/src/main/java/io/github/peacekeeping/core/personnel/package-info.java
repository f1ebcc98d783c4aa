/**
 * Uniformed personnel by category and gender.
 *
 * <p>{@link io.github.peacekeeping.core.personnel.PersonnelCategory} names the categories the UN's
 * statistics use; {@link io.github.peacekeeping.core.personnel.PersonnelCount} counts women and men;
 * {@link io.github.peacekeeping.core.personnel.Share} is an exact share (a reduced fraction, never a
 * {@code double}), such as the share of women.
 */
package io.github.peacekeeping.core.personnel;
