package org.repcheck.history;

import java.util.List;

/**
 * One runner's history (issue 12): every run classified, the week after each interval session, the cost of
 * overcooking across the history, the same workout over time, the weekly load and the races/TTs found. Values
 * only; {@code report} words them.
 *
 * @param athlete    the athlete's name ("" when unnamed)
 * @param runs       every digest with its class, oldest first (start, then id)
 * @param weekAfters one per interval session, oldest first
 * @param cost       overcooked against on-target sessions
 * @param groups     interval sessions grouped by structure, groups with the most sessions first
 * @param weeks      ISO weeks from the first activity's to the last's, empty weeks included, oldest first
 * @param load       how the TRIMP was worked out
 * @param trials     races and TT-like efforts, oldest first
 * @param efficiency speed at the reference HR per eligible run, oldest first
 * @param options    the options it was built with
 */
public record History(String athlete, List<ClassifiedRun> runs, List<WeekAfter> weekAfters, OvercookCost cost,
                      List<WorkoutGroup> groups, List<WeekLoad> weeks, LoadBasis load, List<TrialFound> trials,
                      List<EfficiencyPoint> efficiency, HistoryOptions options) {
    public History {
        if (athlete == null || cost == null || load == null || options == null) {
            throw new IllegalArgumentException("history fields must not be null");
        }
        runs = List.copyOf(runs);
        weekAfters = List.copyOf(weekAfters);
        groups = List.copyOf(groups);
        weeks = List.copyOf(weeks);
        trials = List.copyOf(trials);
        efficiency = List.copyOf(efficiency);
    }
}
