package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.repcheck.model.Session;
import org.repcheck.synth.GeneratedSession;
import org.repcheck.synth.SessionGenerator;
import org.repcheck.synth.Spec;

/** Detection is a few passes over primitive arrays: an Ironman-sized file (45,805 records) takes milliseconds. */
class DetectionPerformanceTest {

    @Test
    void aFortyFiveThousandRecordActivityIsDetectedWellUnderASecond() {
        // 12.7 h at 1 s recording, with 20 reps in the middle: the size of the corpus's full-distance triathlon.
        Spec spec = Spec.distanceReps(20, 1000, Spec.speedForPace(230)).toBuilder()
                .warmup(21_000)
                .cooldown(17_900)
                .recovery(Spec.RecoveryKind.JOG, 120)
                .build();
        GeneratedSession g = SessionGenerator.intervals(99, spec);
        int records = g.activity().samples().size();
        assertThat(records).isBetween(45_000, 47_000);
        RepDetector detector = new RepDetector();
        for (int i = 0; i < 3; i++) {
            detector.detect(g.activity(), DetectMode.AUTO);
        }
        double[] ms = new double[7];
        Session s = null;
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            s = detector.detect(g.activity(), DetectMode.AUTO);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "detection of %d records: median %.1f ms, worst %.1f ms (%d reps)%n", records,
                ms[ms.length / 2], ms[ms.length - 1], s.reps().size());
        assertThat(s.reps()).hasSize(20);
        assertThat(ms[ms.length / 2]).isLessThan(1000);
    }
}
