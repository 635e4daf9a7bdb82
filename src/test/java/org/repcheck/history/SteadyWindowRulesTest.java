package org.repcheck.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.repcheck.assess.Assessor;
import org.repcheck.detect.DetectMode;
import org.repcheck.detect.RepDetector;
import org.repcheck.model.Activity;
import org.repcheck.model.Channel;
import org.repcheck.model.Samples;
import org.repcheck.model.TimeRange;
import org.repcheck.synth.history.GeneratedFits;
import org.repcheck.synth.history.HistoryGenerator;
import org.repcheck.synth.history.HistorySpec;
import org.repcheck.synth.history.PlannedRun;
import org.repcheck.targets.TargetPlan;

/** SCIENCE §7 step 2 on a generated steady run with one artefact put in at a known place. */
class SteadyWindowRulesTest {
    static final PlannedRun RUN = HistoryGenerator.plan(new HistorySpec(11, 1, 0.01, 0, Set.of(), 3, false, 0,
            Set.of())).runs().get(0);

    static SteadyWindows windows(Activity a) {
        return RunDigests.of("x", Assessor.assess(new RepDetector(Optional.empty()).detect(a, DetectMode.AUTO),
                TargetPlan.none("coach"))).windows();
    }

    static Activity withColumn(Activity a, Channel c, double[] values, List<TimeRange> pauses) {
        Map<Channel, double[]> cols = new EnumMap<>(Channel.class);
        for (Channel ch : Channel.values()) {
            cols.put(ch, a.samples().column(ch));
        }
        cols.put(c, values);
        return new Activity(a.source(), a.format(), a.sport(), a.subSport(), a.start(), a.elapsedS(), a.timerS(),
                a.distanceM(), Samples.of(a.samples().size(), cols), a.laps(), a.workoutSteps(), pauses,
                a.segments(), a.device(), a.warnings(), a.utcOffset());
    }

    static boolean hasWindowAt(SteadyWindows w, double start) {
        for (int i = 0; i < w.size(); i++) {
            if (w.startS(i) == start) {
                return true;
            }
        }
        return false;
    }

    @Test
    void windowsStartAfterTenMinutesAndSkipHrLockedToCadenceGpsJumpsAndPauses() {
        Activity a = GeneratedFits.of(RUN, HistoryGenerator.plan(new HistorySpec(11, 1, 0.01, 0, Set.of(), 3,
                false, 0, Set.of())).runner(), 1).activity();
        SteadyWindows clean = windows(a);
        assertThat(clean.startS(0)).isEqualTo(600);
        assertThat(hasWindowAt(clean, 1200)).isTrue();
        assertThat(hasWindowAt(clean, 1500)).isTrue();
        assertThat(hasWindowAt(clean, 1800)).isTrue();

        double[] hr = a.samples().column(Channel.HR);
        double[] cad = a.samples().column(Channel.CADENCE);
        for (int i = 1200; i <= 1260; i++) {
            hr[i] = 2 * cad[i]; // the wrist sensor locked onto the step rate
        }
        assertThat(hasWindowAt(windows(withColumn(a, Channel.HR, hr, a.pauses())), 1200)).isFalse();
        for (int i = 1200; i <= 1260; i++) {
            hr[i] = 2 * cad[i] + 3; // a true HR 3 bpm above the step rate is not the artefact
        }
        assertThat(hasWindowAt(windows(withColumn(a, Channel.HR, hr, a.pauses())), 1200)).isTrue();

        double[] lat = a.samples().column(Channel.LAT);
        for (int i = 1530; i < lat.length; i++) {
            lat[i] += 300 / 111_320.0; // a 300 m jump in one second
        }
        SteadyWindows jumped = windows(withColumn(a, Channel.LAT, lat, a.pauses()));
        assertThat(hasWindowAt(jumped, 1500)).isFalse();
        assertThat(hasWindowAt(jumped, 1560)).isTrue();

        SteadyWindows paused = windows(withColumn(a, Channel.HR, a.samples().column(Channel.HR),
                List.of(new TimeRange(1830, 1850))));
        assertThat(hasWindowAt(paused, 1800)).isFalse();
        assertThat(hasWindowAt(paused, 1860)).isTrue();
    }
}
