package org.repcheck.history;

/**
 * An interval session's label for the cross-history test: overcooked when at least a third of its judged reps (and
 * at least one) were overcooked, else on target.
 */
public enum SessionLabel { OVERCOOKED, ON_TARGET }
