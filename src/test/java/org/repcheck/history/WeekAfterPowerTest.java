package org.repcheck.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.repcheck.synth.history.GeneratedDigests;
import org.repcheck.synth.history.HistoryGenerator;
import org.repcheck.synth.history.HistorySpec;
import org.repcheck.synth.history.PlannedRun;

/**
 * Power and honesty of the week after (issue 12), on generated histories with known truth, printed in
 * {@code mvn verify}: an injected 10 s/km slowdown at the same HR over D+1..D+3 is found "slower at the same HR" in
 * at least 80 % of histories; with nothing injected "slower" appears for at most 5 % of sessions; with too few easy
 * runs the answer is "not enough easy runs" and never a number.
 */
class WeekAfterPowerTest {
    static final int HISTORIES = 200;
    static final int COST_WEEK = 6;

    /**
     * The power table: injected slowdown × easy runs after, 200 histories each, day-to-day HR noise drawn in the
     * issue's 1.0–1.5 % of HR, hot days and (one history in four) hills. SCIENCE §7's rule — the 90 % interval wholly
     * beyond SWC = 0.5 × TE — cannot reach the 80 % at 10 s/km with 2–3 runs at that noise: a run's residual
     * there has an SD (TE) of 5–8 s/km, and 80 % needs TE ≤ about 3.5 s/km. The test prints every figure and pins the
     * ones the method does reach, so a regression shows; the gap is reported, not hidden by a quieter generator.
     */
    @Test
    void powerOfTheWeekAfterAgainstTheInjectedSlowdown() {
        Map<String, Double> power = new java.util.LinkedHashMap<>();
        for (double cost : new double[] {10, 15, 20}) {
            for (int post : new int[] {3, 2}) {
                Map<WeekAfterFinding, Integer> found = new EnumMap<>(WeekAfterFinding.class);
                double te = 0;
                double mean = 0;
                int numbers = 0;
                for (int seed = 1; seed <= HISTORIES; seed++) {
                    HistorySpec spec = HistorySpec.plain(seed).withCost(cost, Set.of(COST_WEEK))
                            .withPostEasyRuns(post).withHills(seed % 4 == 0);
                    WeekAfter w = weekAfterOf(spec, COST_WEEK);
                    found.merge(w.finding(), 1, Integer::sum);
                    if (w.interval().isPresent()) {
                        numbers++;
                        te += w.baseline().fit().get().teSPerKm();
                        mean += w.interval().get().meanSPerKm();
                    }
                }
                double p = 100.0 * found.getOrDefault(WeekAfterFinding.SLOWER_AT_SAME_HR, 0) / HISTORIES;
                power.put(cost + "/" + post, p);
                System.out.printf(java.util.Locale.ROOT, "week after, power: %.0f s/km injected, %d easy runs after, "
                        + "%d histories: slower at same HR %.1f %% (%s; mean TE %.1f s/km, mean estimate %.1f "
                        + "s/km)%n", cost, post, HISTORIES, p, found, te / numbers, mean / numbers);
            }
        }
        System.out.printf(java.util.Locale.ROOT, "week after, power: the issue's target (80 %% at 10 s/km, >= 2 runs) "
                + "is %s: %.1f %% with 3 runs, %.1f %% with 2%n",
                power.get("10.0/2") >= 80 ? "met" : "NOT met", power.get("10.0/3"), power.get("10.0/2"));
        assertThat(power.get("10.0/3")).as("10 s/km, 3 runs").isGreaterThanOrEqualTo(35.0);
        assertThat(power.get("15.0/3")).as("15 s/km, 3 runs").isGreaterThanOrEqualTo(70.0);
        assertThat(power.get("20.0/3")).as("20 s/km, 3 runs").isGreaterThanOrEqualTo(85.0);
        assertThat(power.get("20.0/2")).as("20 s/km, 2 runs").isGreaterThanOrEqualTo(70.0);
    }

    /**
     * Where the target would be met: the same 10 s/km, 3 and 2 runs, no hot days, against the day-to-day
     * HR noise — for the lead to see how far the 1–1.5 % is from it. Printed; the lowest noise is pinned.
     */
    @Test
    void powerAtTenSecondsAgainstTheDayToDayNoise() {
        double lowest = 0;
        for (double noise : new double[] {0.005, 0.0075, 0.01, 0.0125, 0.015}) {
            StringBuilder line = new StringBuilder();
            for (int post : new int[] {3, 2}) {
                int slower = 0;
                for (int seed = 1; seed <= HISTORIES; seed++) {
                    HistorySpec spec = new HistorySpec(seed, 8, noise, 10, Set.of(COST_WEEK), post, false, 0,
                            Set.of());
                    slower += weekAfterOf(spec, COST_WEEK).finding() == WeekAfterFinding.SLOWER_AT_SAME_HR ? 1 : 0;
                }
                double p = 100.0 * slower / HISTORIES;
                lowest = noise == 0.005 && post == 2 ? p : lowest;
                line.append(String.format(java.util.Locale.ROOT, " %d runs %.1f %%", post, p));
            }
            System.out.printf(java.util.Locale.ROOT, "week after, power at 10 s/km, no heat, day-to-day HR noise "
                    + "%.2f %% of HR:%s%n", 100 * noise, line);
        }
        assertThat(lowest).as("0.5 % noise, 2 runs").isGreaterThanOrEqualTo(80.0);
    }

    @Test
    void withNothingInjectedSlowerAppearsForAtMostFivePercentOfSessions() {
        int sessions = 0;
        int slower = 0;
        int possibly = 0;
        for (int seed = 1001; seed <= 1000 + HISTORIES; seed++) {
            HistorySpec spec = HistorySpec.plain(seed).withHills(seed % 4 == 0).withPostEasyRuns(2 + seed % 2);
            History h = HistoryBuilder.build(GeneratedDigests.of(HistoryGenerator.plan(spec)),
                    HistoryOptions.defaults());
            for (WeekAfter w : h.weekAfters()) {
                if (w.interval().isPresent()) {
                    sessions++;
                    slower += w.finding() == WeekAfterFinding.SLOWER_AT_SAME_HR ? 1 : 0;
                    possibly += w.finding() == WeekAfterFinding.POSSIBLY_SLOWER ? 1 : 0;
                }
            }
        }
        double rate = 100.0 * slower / sessions;
        System.out.printf(java.util.Locale.ROOT, "week after, false alarm: nothing injected, %d histories, %d "
                + "sessions with a number: slower %.1f %%, possibly slower %.1f %%%n", HISTORIES, sessions, rate,
                100.0 * possibly / sessions);
        assertThat(sessions).isGreaterThan(HISTORIES * 3);
        assertThat(rate).isLessThanOrEqualTo(5.0);
    }

    @Test
    void withTooFewEasyRunsTheAnswerIsNotEnoughAndNeverANumber() {
        int checked = 0;
        for (int post : new int[] {1, 0}) {
            for (int seed = 2001; seed <= 2050; seed++) {
                HistorySpec spec = HistorySpec.plain(seed).withCost(10, Set.of(COST_WEEK)).withPostEasyRuns(post);
                History h = HistoryBuilder.build(GeneratedDigests.of(HistoryGenerator.plan(spec)),
                        HistoryOptions.defaults());
                for (WeekAfter w : h.weekAfters()) {
                    if (w.baseline().fit().isPresent()) {
                        assertThat(w.finding()).isEqualTo(WeekAfterFinding.NOT_ENOUGH_EASY_RUNS);
                        assertThat(w.postRuns()).hasSizeLessThanOrEqualTo(post);
                        checked++;
                    } else {
                        assertThat(w.finding()).isEqualTo(WeekAfterFinding.NOT_ENOUGH_BASELINE);
                    }
                    assertThat(w.interval()).as("no number without enough runs").isEmpty();
                }
            }
        }
        System.out.printf("week after, too few easy runs: %d sessions with a baseline and 0-1 easy runs after: all "
                + "not enough easy runs, none with a number%n", checked);
        assertThat(checked).isGreaterThan(400);
    }

    static WeekAfter weekAfterOf(HistorySpec spec, int week) {
        HistoryGenerator.GeneratedHistory g = HistoryGenerator.plan(spec);
        History h = HistoryBuilder.build(GeneratedDigests.of(g), HistoryOptions.defaults());
        PlannedRun session = g.sessions().get(week);
        return h.weekAfters().stream().filter(w -> w.sessionId().equals(session.id())).findFirst().orElseThrow();
    }

    static List<WeekAfter> all(HistorySpec spec) {
        return HistoryBuilder.build(GeneratedDigests.of(HistoryGenerator.plan(spec)), HistoryOptions.defaults())
                .weekAfters();
    }
}
