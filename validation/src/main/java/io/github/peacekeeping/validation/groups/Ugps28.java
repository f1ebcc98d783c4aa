package io.github.peacekeeping.validation.groups;

/** The rules traced to the Uniformed Gender Parity Strategy 2018–2028: rule set {@code UGPS28}. */
public interface Ugps28 {}
