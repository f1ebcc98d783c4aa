package io.github.peacekeeping.validation.groups;

/** The rules traced to the Seoul 2021 preparatory expert roundtable report: rule set {@code IPI21}. */
public interface Ipi21 {}
