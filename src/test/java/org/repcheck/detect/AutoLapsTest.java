package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.repcheck.model.LapTrigger;
import org.repcheck.synth.GeneratedSession;
import org.repcheck.synth.SessionGenerator;
import org.repcheck.synth.Spec.LapMode;

/**
 * Laps pressed at every rep's start and end with the watch's auto-lap on as well: generated sessions of the
 * realistic mix read as well as with the presses alone, the auto-laps the pace runs on across joined back.
 */
class AutoLapsTest {
    static final int SESSIONS = 200;

    @Test
    void autoLapsBesideThePressesCostNoRep() {
        RepScore pressed = new RepScore();
        RepScore withAuto = new RepScore();
        int autoLapped = 0;
        for (int i = 0; i < SESSIONS; i++) {
            long seed = 43000 + i;
            GeneratedSession p = SessionGenerator.intervals(seed, SessionGenerator.realisticSpec(seed).toBuilder()
                    .laps(LapMode.MANUAL_AT_REPS).build());
            GeneratedSession a = SessionGenerator.intervals(seed, SessionGenerator.realisticSpec(seed).toBuilder()
                    .laps(LapMode.MANUAL_AND_AUTO_KM).build());
            pressed.add(p.reps(), new RepDetector().detect(p.activity(), DetectMode.AUTO).reps());
            withAuto.add(a.reps(), new RepDetector().detect(a.activity(), DetectMode.AUTO).reps());
            autoLapped += a.activity().laps().stream().anyMatch(l -> l.trigger() == LapTrigger.DISTANCE) ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "[auto-laps] %d generated sessions (%d with auto-laps): F1 %.4f with auto-lap "
                + "on as well, %.4f with the presses alone%n", SESSIONS, autoLapped, withAuto.f1(), pressed.f1());
        assertThat(autoLapped).isGreaterThan(SESSIONS / 2);
        assertThat(withAuto.f1()).isGreaterThanOrEqualTo(pressed.f1() - 0.002);
    }
}
