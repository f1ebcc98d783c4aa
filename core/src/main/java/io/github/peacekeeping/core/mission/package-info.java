/**
 * UN field missions, the resolutions that establish and mandate them (the Security Council's, and
 * the General Assembly's for the two operations it established), their mandates and the
 * capabilities their headquarters hold.
 *
 * <p>{@link io.github.peacekeeping.core.mission.Mission} holds the catalogue of every UN
 * peacekeeping operation since 1948 and of the special political missions that have reported
 * uniformed personnel, under their acronyms and the French or variant acronyms the UN's files and
 * research data use, with their predecessors and successors.
 */
package io.github.peacekeeping.core.mission;
