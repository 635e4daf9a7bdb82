package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.repcheck.model.Activity;
import org.repcheck.model.Channel;
import org.repcheck.model.DistanceBasis;
import org.repcheck.model.Format;
import org.repcheck.model.Intensity;
import org.repcheck.model.Lap;
import org.repcheck.model.LapTrigger;
import org.repcheck.model.RepSource;
import org.repcheck.model.Samples;
import org.repcheck.model.Segment;
import org.repcheck.model.Session;
import org.repcheck.model.TimeRange;
import org.repcheck.model.WorkoutStep;

/**
 * The lap tables (and workout steps) of real corpus files, copied here so the lap and workout levels are pinned on
 * what real devices write before the readers land: start offset, elapsed, timer, distance, intensity, trigger,
 * step index as the FIT SDK decodes them (see /work/shared/corpus/MANIFEST.tsv). Samples are filled in at each
 * lap's own pace. When the readers merge, the same expectations run on the files themselves.
 */
class CorpusLapTablesTest {
    private final RepDetector detector = new RepDetector();

    /** run_4x6min_ipbike_hrv.fit: 10 time laps, no trigger or intensity written. */
    @Test
    void ipBikeFourBySixMinutesGivesFourTimeBasedReps() {
        double[][] t = {{0, 300, 708}, {300, 360, 1637}, {660, 180, 399}, {840, 360, 1617}, {1200, 180, 434},
                {1380, 360, 1422}, {1740, 180, 486}, {1920, 360, 1419}, {2280, 180, 461}, {2460, 302, 739}};
        List<Lap> laps = new ArrayList<>();
        for (double[] l : t) {
            laps.add(new Lap(l[0], l[1], l[1], l[2], Intensity.UNKNOWN, LapTrigger.UNKNOWN, OptionalInt.empty(),
                    Double.NaN, Double.NaN));
        }
        Session s = detector.detect(activity("running", laps, List.of()), DetectMode.AUTO);
        assertThat(s.source()).isEqualTo(RepSource.LAPS);
        assertThat(s.reps()).hasSize(4).allSatisfy(r -> {
            assertThat(r.nominalDurationS()).hasValue(360.0);
            assertThat(r.basis()).isEqualTo(DistanceBasis.MEASURED);
        });
        assertThat(s.reps()).extracting(r -> r.measuredDistanceM()).containsExactly(1637.0, 1617.0, 1422.0, 1419.0);
    }

    /** run_fr955_stryd_manual_laps.fit: 7 manual laps at 4:40-6:15/km, every one flagged INTERVAL. */
    @Test
    void fr955LapsAllFlaggedIntervalAreNoReps() {
        double[][] t = {{0, 362.66, 1152.3}, {363, 155.053, 483.31}, {518, 721.375, 2394.27},
                {1239, 672.841, 2401.55}, {1912, 362.948, 1142.43}, {2275, 414.17, 1104.34},
                {2689, 427.962, 1343.27}};
        Session s = detector.detect(activity("running", intervalLaps(t), List.of()), DetectMode.LAPS);
        assertThat(s.reps()).isEmpty();
    }

    /** run_fr955_long_manual_laps.fit: a 19 km long run in 5 manual laps, all flagged INTERVAL. */
    @Test
    void fr955LongRunIsNoReps() {
        double[][] t = {{0, 459.98, 1370.26}, {460, 3062.627, 8391.7}, {3523, 2875.151, 8457.38},
                {6398, 169.705, 483.77}, {6568, 174.441, 411.27}};
        Session s = detector.detect(activity("running", intervalLaps(t), List.of()), DetectMode.AUTO);
        assertThat(s.reps()).isEmpty();
    }

    /**
     * bike_indoor_hiit_workout_steps.fit: "HIIT 20 × 0:30/0:15", 14 steps with nested repeats, 15 laps joined by
     * wkt_step_index; abandoned after the fourth work step (a 1.4 s skip, then 9 s).
     */
    @Test
    void indoorHiitWorkoutGivesItsWorkStepsAsReps() {
        List<WorkoutStep> steps = List.of(
                time(0, Intensity.WARMUP, 300), time(1, Intensity.WARMUP, 300), time(2, Intensity.WARMUP, 300),
                time(3, Intensity.WARMUP, 120), time(4, Intensity.WARMUP, 480), time(5, Intensity.ACTIVE, 30),
                time(6, Intensity.RECOVERY, 15), repeat(7, 5, 10), time(8, Intensity.ACTIVE, 600),
                time(9, Intensity.ACTIVE, 30), time(10, Intensity.RECOVERY, 15), repeat(11, 9, 10),
                time(12, Intensity.COOLDOWN, 300), time(13, Intensity.COOLDOWN, 300));
        double[][] t = {{0, 107.727, 646.85, 0}, {108, 4.713, 24.84, 1}, {112, 17.596, 126.48, 2},
                {130, 89.96, 727.71, 3}, {220, 480, 2909.35, 4}, {700, 30, 328.92, 5}, {730, 15, 87.27, 6},
                {745, 30, 311.12, 5}, {775, 15, 75.8, 6}, {790, 30, 323.93, 5}, {820, 15, 73.86, 6},
                {835, 1.368, 4.41, 5}, {836, 16.3, 59.01, 6}, {852, 9.042, 39.86, 5}, {862, 210.782, 1134.18, -1}};
        List<Lap> laps = new ArrayList<>();
        for (double[] l : t) {
            laps.add(new Lap(l[0], l[1], l[1], l[2], Intensity.UNKNOWN, LapTrigger.MANUAL,
                    l[3] < 0 ? OptionalInt.empty() : OptionalInt.of((int) l[3]), Double.NaN, Double.NaN));
        }
        Session s = detector.detect(activity("cycling", laps, steps), DetectMode.AUTO);
        assertThat(s.source()).isEqualTo(RepSource.WORKOUT);
        assertThat(s.reps()).hasSize(4);
        assertThat(s.reps().subList(0, 3)).allSatisfy(r -> assertThat(r.nominalDurationS()).hasValue(30.0));
        assertThat(s.reps().get(3).nominalDurationS()).isEmpty();
        // "20 × 0:30/0:15": the 10-minute step between the two repeat blocks is a steady block, not a rep.
        assertThat(WorkoutStepReps.plannedWorkSteps(steps)).isEqualTo(20);
    }

    private static List<Lap> intervalLaps(double[][] t) {
        List<Lap> laps = new ArrayList<>();
        for (int i = 0; i < t.length; i++) {
            laps.add(new Lap(t[i][0], t[i][1], t[i][1], t[i][2], Intensity.INTERVAL,
                    i + 1 == t.length ? LapTrigger.SESSION_END : LapTrigger.MANUAL, OptionalInt.empty(), Double.NaN,
                    Double.NaN));
        }
        return laps;
    }

    private static WorkoutStep time(int i, Intensity intensity, double s) {
        return new WorkoutStep(i, "", intensity, WorkoutStep.Duration.TIME, s, -1, 0);
    }

    private static WorkoutStep repeat(int i, int from, int count) {
        return new WorkoutStep(i, "", Intensity.ACTIVE, WorkoutStep.Duration.REPEAT, Double.NaN, from, count);
    }

    /** 1 s samples covering the laps, each lap at its own average speed. */
    private static Activity activity(String sport, List<Lap> laps, List<WorkoutStep> steps) {
        double end = laps.get(laps.size() - 1).endS();
        int n = (int) Math.floor(end) + 1;
        double[] time = new double[n];
        double[] dist = new double[n];
        double acc = 0;
        int li = 0;
        for (int i = 0; i < n; i++) {
            time[i] = i;
            while (li < laps.size() - 1 && i >= laps.get(li).endS()) {
                li++;
            }
            if (i > 0) {
                Lap l = laps.get(li);
                acc += l.distanceM() / l.elapsedS();
            }
            dist[i] = acc;
        }
        Map<Channel, double[]> cols = new EnumMap<>(Channel.class);
        cols.put(Channel.TIME, time);
        cols.put(Channel.DISTANCE, dist);
        return new Activity("corpus-laps", Format.FIT, sport, "", Optional.of(Instant.EPOCH), end, end, acc,
                Samples.of(n, cols), laps, steps, List.of(),
                List.of(new Segment(sport, "", new TimeRange(0, end), acc)), Optional.empty(), List.of());
    }
}
