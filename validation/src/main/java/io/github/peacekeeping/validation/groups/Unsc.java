package io.github.peacekeeping.validation.groups;

/** The rules traced to the Security Council resolution authorising a mandate: rule set {@code UNSC}. */
public interface Unsc {}
