package io.github.peacekeeping.validation.groups;

/** The rules traced to Security Council resolution 2242 (2015): rule set {@code UNSCR2242}. */
public interface Unscr2242 {}
