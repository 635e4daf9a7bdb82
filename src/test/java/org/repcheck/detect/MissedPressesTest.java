package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.repcheck.model.Activity;
import org.repcheck.model.Lap;
import org.repcheck.model.Rep;
import org.repcheck.synth.GeneratedSession;
import org.repcheck.synth.SessionGenerator;
import org.repcheck.synth.Spec.LapMode;
import org.repcheck.synth.TrueRep;

/**
 * Generated sessions of the realistic mix with laps pressed at every rep's start and end, and one press forgotten
 * at an inner rep's start or end: the rep inside the merged lap is found from the pace, the reps a merged lap cut
 * off from the set are found again, and a merged lap the laps took for a rep is cut to its fast part.
 */
class MissedPressesTest {
    static final int SESSIONS = 200;
    /** Where these sessions stand (F1 0.974; 0.858 without {@link MissedPresses}), less a margin. */
    static final double FLOOR_F1 = 0.95;
    /** Where their precision stands (0.974; 0.950 without), less a margin. */
    static final double FLOOR_PRECISION = 0.95;

    @Test
    void aRepWhosePressWasForgottenIsFoundInsideItsLap() {
        RepScore merged = new RepScore();
        RepScore ignored = new RepScore();
        int sessions = 0;
        for (int i = 0; i < SESSIONS; i++) {
            long seed = 42000 + i;
            GeneratedSession g = SessionGenerator.intervals(seed, SessionGenerator.realisticSpec(seed).toBuilder()
                    .laps(LapMode.MANUAL_AT_REPS).build());
            List<TrueRep> truth = g.reps();
            if (truth.size() < 3) {
                continue;
            }
            SplittableRandom rnd = new SplittableRandom(seed);
            TrueRep lost = truth.get(1 + rnd.nextInt(truth.size() - 2));
            boolean atEnd = rnd.nextBoolean();
            Activity a = RecordingVariantsTest.withLaps(g.activity(),
                    merged(g.activity().laps(), atEnd ? lost.endS() : lost.startS()));
            List<Rep> found = new RepDetector().detect(a, DetectMode.AUTO).reps();
            merged.add(truth, found);
            List<Rep> others = found.stream()
                    .filter(r -> r.startS() + r.durationS() <= lost.startS() || r.startS() >= lost.endS()).toList();
            ignored.add(truth.stream().filter(t -> t != lost).toList(), others);
            sessions++;
        }
        System.out.printf(Locale.ROOT, "[missed presses] %d generated sessions with one inner press forgotten: F1 %.4f "
                + "(precision %.4f); the other reps alone %.4f%n", sessions, merged.f1(), merged.precision(),
                ignored.f1());
        assertThat(merged.f1()).isGreaterThanOrEqualTo(FLOOR_F1);
        assertThat(merged.precision()).isGreaterThanOrEqualTo(FLOOR_PRECISION);
    }

    /** The laps with the boundary nearest {@code at} pressed no more: the laps either side of it made one. */
    private static List<Lap> merged(List<Lap> laps, double at) {
        int k = 0;
        for (int i = 0; i + 1 < laps.size(); i++) {
            if (Math.abs(laps.get(i).endS() - at) < Math.abs(laps.get(k).endS() - at)) {
                k = i;
            }
        }
        Lap x = laps.get(k);
        Lap y = laps.get(k + 1);
        List<Lap> out = new ArrayList<>(laps.subList(0, k));
        out.add(new Lap(x.startS(), x.elapsedS() + y.elapsedS(), x.timerS() + y.timerS(), x.distanceM() + y.distanceM(),
                x.intensity(), y.trigger(), x.wktStepIndex(), x.avgHr(), Math.max(x.maxHr(), y.maxHr())));
        out.addAll(laps.subList(k + 2, laps.size()));
        return out;
    }
}
