package io.github.peacekeeping.validation.groups;

/**
 * Every rule of the catalogue, whatever its source: validating with this group runs all rule sets
 * in one pass, instead of one pass per source document's group.
 */
public interface AllRuleSets {}
