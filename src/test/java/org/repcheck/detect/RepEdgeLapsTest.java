package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.repcheck.model.Median;
import org.repcheck.model.Rep;
import org.repcheck.model.RepSource;
import org.repcheck.model.Session;
import org.repcheck.synth.GeneratedSession;
import org.repcheck.synth.SessionGenerator;
import org.repcheck.synth.Spec.LapMode;
import org.repcheck.synth.TrueRep;

/**
 * Laps pressed only as each rep starts, or only as it ends: generated sessions of the realistic mix, recorded with
 * that habit, against the same sessions recorded without laps. The presses put that edge of the reps to the
 * button's second.
 */
class RepEdgeLapsTest {
    static final int SESSIONS = 200;

    @Test
    void lapsPressedAtEachRepsStartFindTheRepsAndTheirStarts() {
        scored(LapMode.MANUAL_AT_REP_STARTS, 0);
    }

    @Test
    void lapsPressedAtEachRepsEndFindTheRepsAndTheirEnds() {
        scored(LapMode.MANUAL_AT_REP_ENDS, 1);
    }

    /** The realistic mix recorded with {@code laps}, against the same sessions without laps; {@code edge} pressed. */
    private static void scored(LapMode laps, int edge) {
        RepScore withLaps = new RepScore();
        RepScore without = new RepScore();
        List<Double> edgeErrors = new ArrayList<>();
        int fromLaps = 0;
        for (int i = 0; i < SESSIONS; i++) {
            long seed = 41000 + i;
            GeneratedSession g = SessionGenerator.intervals(seed, SessionGenerator.realisticSpec(seed).toBuilder()
                    .laps(laps).build());
            GeneratedSession bare = SessionGenerator.intervals(seed, SessionGenerator.realisticSpec(seed));
            Session s = new RepDetector().detect(g.activity(), DetectMode.AUTO);
            withLaps.add(g.reps(), s.reps());
            without.add(bare.reps(), new RepDetector().detect(bare.activity(), DetectMode.AUTO).reps());
            if (s.source() == RepSource.LAPS) {
                fromLaps++;
                for (TrueRep t : g.reps()) {
                    s.reps().stream().filter(r -> r.startS() < t.endS() && r.startS() + r.durationS() > t.startS())
                            .findFirst().ifPresent(r -> edgeErrors.add(edge == 0 ? Math.abs(r.startS() - t.startS())
                                    : Math.abs(r.startS() + r.durationS() - t.endS())));
                }
            }
        }
        double medianEdge = Median.of(edgeErrors.stream().mapToDouble(Double::doubleValue).toArray());
        String where = edge == 0 ? "start" : "end";
        System.out.printf(Locale.ROOT, "[rep-edge laps] %d sessions: F1 %.4f with laps at rep %ss (%d read from "
                + "the laps, %s error median %.2f s), %.4f without laps%n", SESSIONS, withLaps.f1(), where, fromLaps,
                where, medianEdge, without.f1());
        assertThat(withLaps.f1()).isGreaterThanOrEqualTo(without.f1());
        assertThat(fromLaps).isGreaterThan(SESSIONS / 2);
        assertThat(medianEdge).isLessThan(1.0);
    }
}
