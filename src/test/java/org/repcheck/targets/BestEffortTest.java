package org.repcheck.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.repcheck.model.Activity;
import org.repcheck.model.Channel;
import org.repcheck.model.Format;
import org.repcheck.model.Samples;
import org.repcheck.model.TimeTrial;

class BestEffortTest {

    @Test
    void wholeActivityIsTheTrial() throws TargetException {
        // 10 min warm-up at 3 m/s, then 5 km at 4.1667 m/s (20:00): whole = 6800 m in 30:00.
        Activity a = Activities.steps(new double[] {3.0, 5000.0 / 1200}, new int[] {600, 1200});
        TimeTrial tt = BestEffort.of(a, OptionalDouble.empty());
        assertThat(tt.distanceM()).isCloseTo(6800, within(1e-6));
        assertThat(tt.timeS()).isCloseTo(1800, within(1e-6));
        assertThat(tt.date()).contains(LocalDate.of(2026, 9, 1));
    }

    @Test
    void bestFiveKInsideALongerRun() throws TargetException {
        Activity a = Activities.steps(new double[] {3.0, 5000.0 / 1200, 2.5}, new int[] {600, 1200, 600});
        TimeTrial tt = BestEffort.of(a, OptionalDouble.of(5000));
        assertThat(tt.distanceM()).isEqualTo(5000);
        assertThat(tt.timeS()).isCloseTo(1200, within(1e-6));
    }

    @Test
    void endsAreInterpolatedBetweenSparseSamples() throws TargetException {
        // Samples every 10 s; 400 m at 5 m/s from t=33 s — neither end on a sample.
        double[] t = new double[30];
        double[] d = new double[30];
        for (int i = 0; i < 30; i++) {
            t[i] = 10 * i;
            double tt = t[i];
            d[i] = tt < 33 ? 3 * tt : tt < 113 ? 99 + 5 * (tt - 33) : 499 + 3 * (tt - 113);
        }
        TimeTrial best = BestEffort.of(Activities.run(t, d), OptionalDouble.of(400));
        // Linear interpolation between 10 s samples blurs the corners: the answer lies between the true 80 s and the
        // 400 m at the samples' average speeds; it must be no worse than the sample-aligned estimate.
        assertThat(best.timeS()).isBetween(79.0, 86.0);
    }

    @Test
    void matchesBruteForceOnRandomRuns() throws TargetException {
        Random rnd = new Random(42);
        for (int run = 0; run < 50; run++) {
            int n = 50 + rnd.nextInt(200);
            double[] t = new double[n];
            double[] d = new double[n];
            for (int i = 1; i < n; i++) {
                t[i] = t[i - 1] + 1 + rnd.nextInt(3);
                d[i] = d[i - 1] + (t[i] - t[i - 1]) * (2 + 4 * rnd.nextDouble());
            }
            double target = 200 + rnd.nextInt((int) Math.max(1, d[n - 1] - 250));
            double fast = BestEffort.of(Activities.run(t, d), OptionalDouble.of(target)).timeS();
            assertThat(fast).isCloseTo(bruteForce(t, d, target), within(1e-6));
        }
    }

    /** Every start sample and every end sample, each with the other end interpolated. */
    private static double bruteForce(double[] t, double[] d, double target) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < t.length; i++) {
            double endT = timeAt(t, d, d[i] + target);
            if (!Double.isNaN(endT)) {
                best = Math.min(best, endT - t[i]);
            }
            double startT = timeAt(t, d, d[i] - target);
            if (!Double.isNaN(startT)) {
                best = Math.min(best, t[i] - startT);
            }
        }
        return best;
    }

    private static double timeAt(double[] t, double[] d, double dist) {
        for (int k = 0; k + 1 < t.length; k++) {
            if (d[k] <= dist && dist <= d[k + 1]) {
                return t[k] + (t[k + 1] - t[k]) * (dist - d[k]) / (d[k + 1] - d[k]);
            }
        }
        return Double.NaN;
    }

    @Test
    void activityShorterThanTheDistance() {
        Activity a = Activities.steps(new double[] {4.0}, new int[] {600});
        assertThatThrownBy(() -> BestEffort.of(a, OptionalDouble.of(5000)))
                .isInstanceOf(TargetException.class)
                .hasMessage("tt.fit: covers 2400 m, shorter than the 5 km asked for; give a shorter --tt-distance or another file");
    }

    @Test
    void noTimeAxis() {
        double[] d = {0, 100, 200};
        Samples s = Samples.of(3, Map.of(Channel.DISTANCE, d));
        Activity a = new Activity("route.gpx", Format.GPX, "running", "", Optional.empty(), Double.NaN, Double.NaN, 200, s,
                List.of(), List.of(), List.of(), List.of(), Optional.empty(), List.of());
        assertThatThrownBy(() -> BestEffort.of(a, OptionalDouble.empty()))
                .isInstanceOf(TargetException.class).hasMessageStartingWith("route.gpx: has no times");
    }
}
