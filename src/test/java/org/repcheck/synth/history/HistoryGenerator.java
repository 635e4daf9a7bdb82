package org.repcheck.synth.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generator of multi-week training histories with known truth (issue 12): one runner, a week of Monday easy,
 * Tuesday intervals, Wednesday–Saturday easy and a Sunday long run; an HR–speed relation with day-to-day noise as a
 * fraction of HR, hot days (HR up at a speed: a confounder the method cannot see), rolling hills, and a slowdown at
 * the same HR injected into the easy runs on D+1..D+3 after chosen sessions. The plan is the truth; {@link
 * GeneratedDigests} turns it into digests directly (fast, for the 200-history power test) and {@link GeneratedFits}
 * into FIT files through the project's writer (end to end, for a few histories).
 */
public final class HistoryGenerator {
    /** The runner's offset from UTC (their local date decides the days after). */
    public static final ZoneOffset OFFSET = ZoneOffset.ofHours(1);
    static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 1, 5);

    private HistoryGenerator() {
    }

    /** A history: the runner and every run planned, oldest first. */
    public record GeneratedHistory(HistorySpec spec, Runner runner, List<PlannedRun> runs) {
        public GeneratedHistory {
            runs = List.copyOf(runs);
        }

        public List<PlannedRun> sessions() {
            return runs.stream().filter(r -> r.kind() == PlannedRun.Kind.INTERVAL).toList();
        }
    }

    public static GeneratedHistory plan(HistorySpec spec) {
        SplittableRandom rnd = new SplittableRandom(spec.seed());
        Runner runner = Runner.random(rnd);
        List<PlannedRun> runs = new ArrayList<>();
        for (int w = 0; w < spec.weeks(); w++) {
            LocalDate monday = FIRST_MONDAY.plusWeeks(w);
            for (int day = 0; day < 7; day++) {
                PlannedRun.Kind kind = day == 1 ? PlannedRun.Kind.INTERVAL : day == 6 ? PlannedRun.Kind.LONG
                        : PlannedRun.Kind.EASY;
                if (kind == PlannedRun.Kind.EASY && restDay(day, spec.postEasyRuns())) {
                    continue;
                }
                int hour = day == 1 ? 7 : day >= 5 ? 9 : 18;
                runs.add(run(spec, runner, rnd, monday.plusDays(day), hour, w, day, kind));
            }
        }
        return new GeneratedHistory(spec, runner, runs);
    }

    /** Thursday off for 2 easy runs after the session, Wednesday too for 1, Friday too for 0. */
    private static boolean restDay(int day, int postEasyRuns) {
        return (day == 3 && postEasyRuns < 3) || (day == 2 && postEasyRuns < 2) || (day == 4 && postEasyRuns < 1);
    }

    private static PlannedRun run(HistorySpec spec, Runner runner, SplittableRandom rnd, LocalDate date, int hour,
                                  int week, int day, PlannedRun.Kind kind) {
        Instant start = LocalDateTime.of(date, java.time.LocalTime.of(hour, rnd.nextInt(30)))
                .toInstant(OFFSET);
        boolean hot = rnd.nextDouble() < spec.heatShare();
        double dayNoise = spec.hrNoiseFraction() * runner.refHrBpm() * rnd.nextGaussian();
        double heat = hot ? 2 + 2 * rnd.nextDouble() : 0;
        boolean postSession = day >= 2 && day <= 4;
        double cost = kind == PlannedRun.Kind.EASY && postSession && spec.costWeeks().contains(week)
                ? spec.costSPerKm() : 0;
        String id = String.format(java.util.Locale.ROOT, "h%d-w%d-d%d", spec.seed(), week, day);
        return switch (kind) {
            case EASY -> {
                // The runner picks the day's easy pace (±5 %); the HR follows from the relation and the day.
                double v = runner.refSpeedMps() * clamp(1 + 0.05 * rnd.nextGaussian(), 0.9, 1.1);
                double hr = runner.hrAtBpm(v + runner.slowdownMps(cost)) + dayNoise + heat;
                yield new PlannedRun(id, start, date, week, kind, 2100 + 1500 * rnd.nextDouble(), v, hr, cost, hot,
                        spec.hills(), false, false);
            }
            case LONG -> {
                double v = runner.refSpeedMps() * 0.97;
                yield new PlannedRun(id, start, date, week, kind, 5700 + 1800 * rnd.nextDouble(), v,
                        runner.hrAtBpm(v) + dayNoise + heat, 0, hot, spec.hills(), false, false);
            }
            case INTERVAL -> new PlannedRun(id, start, date, week, kind, 3000, runner.refSpeedMps() * 1.35,
                    0.93 * runner.hrMaxBpm(), 0, hot, false, spec.overcookedWeeks().contains(week), false);
        };
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
