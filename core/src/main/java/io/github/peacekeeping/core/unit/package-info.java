/**
 * Units offered to or deployed in UN peacekeeping: unit types, their personnel by role, platoons
 * and engagement teams, training, vetting, equipment, caveats and aviation capacity.
 */
package io.github.peacekeeping.core.unit;
