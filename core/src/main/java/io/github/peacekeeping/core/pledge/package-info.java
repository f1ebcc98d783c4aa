/**
 * Pledges to UN peacekeeping and their readiness in the Peacekeeping Capability Readiness System
 * (PCRS): arrangements among contributors, Seoul 2021 categories, ministerial conferences and what
 * is offered.
 */
package io.github.peacekeeping.core.pledge;
