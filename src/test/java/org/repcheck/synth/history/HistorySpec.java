package org.repcheck.synth.history;

import java.util.Set;

/**
 * What a generated history is: its length, the runner's noise, the terrain and weather, and the known truth to
 * recover — a slowdown at the same HR injected into the easy runs after chosen interval sessions.
 *
 * @param seed             everything random follows from it
 * @param weeks            weeks of training, Monday to Sunday, one interval session each Tuesday
 * @param hrNoiseFraction  day-to-day SD of HR at a given speed, as a fraction of HR (SCIENCE §7: about 1–1.5 %)
 * @param costSPerKm       the injected slowdown at the same HR on D+1..D+3, s/km (0: none)
 * @param costWeeks        the weeks (0-based) whose interval session is followed by that cost
 * @param postEasyRuns     easy runs on D+1..D+3 (Wed, Thu, Fri): 3, 2 (Thursday off), 1 or 0 (the rest off)
 * @param hills            easy runs over rolling hills (grade-adjusted by the digest)
 * @param heatShare        share of days that are hot (HR +2..4 bpm at a speed: a confounder, not a cost)
 * @param overcookedWeeks  weeks whose interval session has overcooked reps (the label for the cost test)
 */
public record HistorySpec(long seed, int weeks, double hrNoiseFraction, double costSPerKm, Set<Integer> costWeeks,
                          int postEasyRuns, boolean hills, double heatShare, Set<Integer> overcookedWeeks) {
    public HistorySpec {
        costWeeks = Set.copyOf(costWeeks);
        overcookedWeeks = Set.copyOf(overcookedWeeks);
    }

    /** Eight weeks, 1.0–1.5 % noise, no cost, three easy runs after each session, some heat. */
    public static HistorySpec plain(long seed) {
        double noise = 0.010 + 0.005 * ((seed * 2654435761L >>> 8) % 1000) / 1000.0;
        return new HistorySpec(seed, 8, noise, 0, Set.of(), 3, false, 0.1, Set.of());
    }

    public HistorySpec withCost(double sPerKm, Set<Integer> weeksWithCost) {
        return new HistorySpec(seed, weeks, hrNoiseFraction, sPerKm, weeksWithCost, postEasyRuns, hills, heatShare,
                overcookedWeeks);
    }

    public HistorySpec withPostEasyRuns(int n) {
        return new HistorySpec(seed, weeks, hrNoiseFraction, costSPerKm, costWeeks, n, hills, heatShare,
                overcookedWeeks);
    }

    public HistorySpec withHills(boolean h) {
        return new HistorySpec(seed, weeks, hrNoiseFraction, costSPerKm, costWeeks, postEasyRuns, h, heatShare,
                overcookedWeeks);
    }

    public HistorySpec withNoise(double fraction) {
        return new HistorySpec(seed, weeks, fraction, costSPerKm, costWeeks, postEasyRuns, hills, heatShare,
                overcookedWeeks);
    }

    public HistorySpec withOvercooked(Set<Integer> w) {
        return new HistorySpec(seed, weeks, hrNoiseFraction, costSPerKm, costWeeks, postEasyRuns, hills, heatShare, w);
    }
}
