/**
 * UN field missions, the Security Council resolutions that establish and mandate them, their
 * mandates and the capabilities their headquarters hold.
 */
package io.github.peacekeeping.core.mission;
