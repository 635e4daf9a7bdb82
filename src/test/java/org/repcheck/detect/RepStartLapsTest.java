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
 * Laps pressed only as each rep starts: generated sessions of the realistic mix, recorded with that habit, against
 * the same sessions recorded without laps. The presses put the reps' starts to the button's second.
 */
class RepStartLapsTest {
    static final int SESSIONS = 200;

    @Test
    void lapsPressedAtEachRepsStartFindTheRepsAndTheirStarts() {
        RepScore withLaps = new RepScore();
        RepScore without = new RepScore();
        List<Double> startErrors = new ArrayList<>();
        int fromLaps = 0;
        for (int i = 0; i < SESSIONS; i++) {
            long seed = 41000 + i;
            GeneratedSession g = SessionGenerator.intervals(seed, SessionGenerator.realisticSpec(seed).toBuilder()
                    .laps(LapMode.MANUAL_AT_REP_STARTS).build());
            GeneratedSession bare = SessionGenerator.intervals(seed, SessionGenerator.realisticSpec(seed));
            Session s = new RepDetector().detect(g.activity(), DetectMode.AUTO);
            withLaps.add(g.reps(), s.reps());
            without.add(bare.reps(), new RepDetector().detect(bare.activity(), DetectMode.AUTO).reps());
            if (s.source() == RepSource.LAPS) {
                fromLaps++;
                for (TrueRep t : g.reps()) {
                    s.reps().stream().filter(r -> r.startS() < t.endS() && r.startS() + r.durationS() > t.startS())
                            .findFirst().ifPresent(r -> startErrors.add(Math.abs(r.startS() - t.startS())));
                }
            }
        }
        double medianStart = Median.of(startErrors.stream().mapToDouble(Double::doubleValue).toArray());
        System.out.printf(Locale.ROOT, "[rep-start laps] %d sessions: F1 %.4f with laps at rep starts (%d read from "
                + "the laps, start error median %.2f s), %.4f without laps%n", SESSIONS, withLaps.f1(), fromLaps,
                medianStart, without.f1());
        assertThat(withLaps.f1()).isGreaterThanOrEqualTo(without.f1());
        assertThat(fromLaps).isGreaterThan(SESSIONS / 2);
        assertThat(medianStart).isLessThan(1.0);
    }
}
