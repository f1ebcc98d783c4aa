package io.github.peacekeeping.validation.groups;

/** The rules traced to the Chiefs of Defence Conference (2017): rule set {@code CHOD17}. */
public interface Chod17 {}
