/**
 * Deployment records in the shape of the UN's statistics: on a date, a contributor's personnel of
 * one category in one mission, by gender.
 */
package io.github.peacekeeping.core.deployment;
