/**
 * Property-based testing generators of peacekeeping values, built on QuickTheories: valid values
 * by default, narrowed fluently, and values that break exactly one chosen communiqué rule.
 */
package io.github.peacekeeping.testkit;
