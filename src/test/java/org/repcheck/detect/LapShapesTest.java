package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.repcheck.model.Intensity;
import org.repcheck.model.Lap;
import org.repcheck.model.LapTrigger;
import org.repcheck.synth.SessionGenerator;
import org.repcheck.synth.Spec.LapMode;

/**
 * Lap tables with a known answer, read by {@link LapClassifier} alone: the shapes of laps a workout without its steps,
 * or a runner's thumb, leaves ({@link RepeatedLaps}, {@link AutoLaps}). Each pins a case a review found wrong.
 */
class LapShapesTest {
    /** A running activity's ranges: the whole recording. */
    private final RunningRanges running = RunningRanges.of(SessionGenerator.steady(1, LapMode.NONE).activity());

    /** Laps one after another, each of a duration (s) and a distance (m). */
    private static final class Laps {
        private final List<Lap> laps = new ArrayList<>();
        private double t;

        Laps lap(double seconds, double metres) {
            laps.add(new Lap(t, seconds, seconds, metres, Intensity.ACTIVE, LapTrigger.MANUAL, OptionalInt.empty(),
                    Double.NaN, Double.NaN));
            t += seconds;
            return this;
        }

        Laps times(int n, double repS, double repM, double recS, double recM) {
            for (int i = 0; i < n; i++) {
                lap(repS, repM).lap(recS, recM);
            }
            return this;
        }
    }

    private List<RepSpan> reps(Laps l) {
        return LapClassifier.find(null, l.laps, running, new ArrayList<>()).orElse(List.of());
    }

    @Test
    void aSecondRepeatRightAfterTheFirstKeepsBoth() {
        // 3 × 400 m then 4 × 1000 m, both with 200 m jogs: the longer repeat once pushed out the first.
        Laps l = new Laps().lap(900, 3000).times(3, 80, 400, 70, 200).times(4, 210, 1000, 70, 200).lap(600, 2000);
        assertThat(reps(l)).hasSize(7);
    }

    @Test
    void aClosingRepOneRecoveryAfterTheRepeatCountsAtEitherEnd() {
        Laps after = new Laps().lap(900, 3000).times(4, 210, 1000, 90, 250).lap(120, 600).lap(600, 2000);
        Laps before = new Laps().lap(900, 3000).lap(120, 600).lap(90, 250).times(4, 210, 1000, 90, 250)
                .lap(600, 2000);
        assertThat(reps(after)).as("closing 600 m").hasSize(5);
        assertThat(reps(before)).as("opening 600 m").hasSize(5);
    }

    @Test
    void aWarmUpAndACoolDownOfOneLengthAreNotAutoLapsByTime() {
        Laps tempo = new Laps().lap(600, 2000).lap(1200, 5000).lap(600, 1800).lap(47, 100);
        Laps twoTempos = new Laps().lap(600, 2000).lap(600, 2600).lap(180, 500).lap(600, 2600).lap(600, 1900);
        assertThat(reps(tempo)).as("a 20 min tempo between 10 min laps").hasSize(1);
        assertThat(reps(twoTempos)).as("2 × 10 min tempo").hasSize(2);
    }

    @Test
    void lapsOfOneTimeAfterAFirstLapPressedAreAutoLaps() {
        Laps l = new Laps().lap(70, 200);
        for (int i = 0; i < 12; i++) {
            l.lap(120, i % 2 == 0 ? 480 : 380);
        }
        l.lap(50, 150);
        List<String> notes = new ArrayList<>();
        assertThat(LapClassifier.find(null, l.laps, running, notes)).isEmpty();
        assertThat(notes).anyMatch(n -> n.contains("auto-laps by time"));
    }
}
