package io.github.peacekeeping.validation.groups;

/** The rules traced to the PCRS guidelines (2019): rule set {@code PCRS19}. */
public interface Pcrs19 {}
