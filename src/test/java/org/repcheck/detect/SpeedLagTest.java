package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.repcheck.io.Readers;
import org.repcheck.model.Channel;
import org.repcheck.model.Samples;
import org.repcheck.synth.GeneratedSession;
import org.repcheck.synth.SessionGenerator;
import org.repcheck.synth.Spec;

/** The speed channel's lag behind the distance is found and taken out, and an on-time channel is left alone. */
class SpeedLagTest {
    private final GeneratedSession session = SessionGenerator.intervals(7,
            Spec.distanceReps(6, 400, 5.0).toBuilder().build());
    private final Track track = Track.of(session.activity(), w -> { }).orElseThrow();

    @Test
    void aChannelSixSecondsLateIsFoundSixSecondsLate() {
        double[] late = new double[track.n];
        for (int i = 0; i < track.n; i++) {
            late[i] = track.dist[Math.max(0, i - 6)];
        }
        assertThat(SpeedLag.lagSteps(late, track.dist, track.dt)).isEqualTo(6);
        assertThat(SpeedLag.aligned(late, track.dist, track.dt)[1000]).isEqualTo(track.dist[1000]);
    }

    @Test
    void aChannelOnTimeIsLeftAlone() {
        assertThat(SpeedLag.lagSteps(track.dist, track.dist, track.dt)).isZero();
        assertThat(SpeedLag.aligned(track.dist, track.dist, track.dt)).isSameAs(track.dist);
    }

    @Test
    void theRealForerunnersSpeedTrailsItsDistanceByAFewSeconds() throws Exception {
        Path fit = Path.of("..", "shared", "corpus", "reps", "files", "run_5x20s_strides_walkrec_fr245_workout.fit");
        assumeTrue(Files.isRegularFile(fit), "real session not found at " + fit.toAbsolutePath() + "; skipping");
        Samples s = new Readers().read(fit).samples();
        // The watch's own two channels, on a 1 s grid: its distance, and its speed integrated.
        int n = (int) (s.time(s.size() - 1) - s.time(0));
        double[] dist = new double[n];
        double[] fromSpeed = new double[n];
        double acc = 0;
        int j = 0;
        for (int i = 0; i < n; i++) {
            double t = s.time(0) + i;
            while (j + 2 < s.size() && s.time(j + 1) <= t) {
                j++;
            }
            double f = (t - s.time(j)) / (s.time(j + 1) - s.time(j));
            dist[i] = s.distance(j) + f * (s.distance(j + 1) - s.distance(j));
            acc += i == 0 ? 0 : s.speed(j) + f * (s.speed(j + 1) - s.speed(j));
            fromSpeed[i] = acc;
        }
        assertThat(SpeedLag.lagSteps(fromSpeed, dist, 1.0)).as("seconds the FR245's speed trails its distance")
                .isBetween(3, 8);
        Track aligned = Track.of(new Readers().read(fit), w -> { }).orElseThrow();
        assertThat(SpeedLag.lagSteps(aligned.motion, aligned.dist, aligned.dt)).as("none left once aligned")
                .isBetween(0, 1);
    }

    /**
     * A track with speed and positions but no distance (a GPX whose app writes speed) takes its distance from the
     * speed; a speed 8 s late is lined up with the positions' path, so the reps start where the runner started them.
     */
    @Test
    void aDistanceFromALateSpeedIsLinedUpWithThePositions() {
        GeneratedSession g = SessionGenerator.intervals(7, Spec.distanceReps(6, 400, 5.0).toBuilder()
                .distanceChannel(false).speedChannel(true).speedLag(8).build());
        Track t = Track.of(g.activity(), w -> { }).orElseThrow();
        for (org.repcheck.synth.TrueRep rep : g.reps()) {
            double before = t.distance(rep.startS() - 10, rep.startS()) / 10;
            double after = t.distance(rep.startS(), rep.startS() + 10) / 10;
            assertThat(after).as("the first 10 s of rep %d run faster than the 10 s before", rep.index())
                    .isGreaterThan(1.2 * before);
        }
        assertThat(SpeedLag.lagSteps(t.dist, t.motion, t.dt)).as("motion and distance agree").isBetween(0, 1);
    }

    /**
     * Positions that drift in place (GPS on, indoors) are no witness: an on-time speed beside them is left where it
     * is, as it is without positions at all. Lined up with such a drift, the speed's distance moved 6-15 s early in
     * 10 of 40 realistic generated sessions.
     */
    @Test
    void positionsDriftingInPlaceDoNotMoveAnOnTimeSpeed() {
        GeneratedSession g = SessionGenerator.intervals(17, SessionGenerator.realisticSpec(17).toBuilder()
                .distanceChannel(false).speedChannel(true).speedLag(0).build());
        Samples s = g.activity().samples();
        Map<Channel, double[]> drifting = new EnumMap<>(Channel.class);
        Map<Channel, double[]> none = new EnumMap<>(Channel.class);
        SplittableRandom rnd = new SplittableRandom(17);
        for (Channel c : Channel.values()) {
            if (!s.has(c)) {
                continue;
            }
            double[] col = s.column(c).clone();
            if (c == Channel.LAT || c == Channel.LON) {
                double wander = 0;
                for (int i = 0; i < col.length; i++) {
                    wander = 0.95 * wander + 1e-5 * rnd.nextGaussian();
                    col[i] = 50.0 + wander;
                }
            } else {
                none.put(c, col);
            }
            drifting.put(c, col);
        }
        Track withDrift = Track.of(RecordingVariantsTest.withSamples(g.activity(), Samples.of(s.size(), drifting)),
                w -> { }).orElseThrow();
        Track without = Track.of(RecordingVariantsTest.withSamples(g.activity(), Samples.of(s.size(), none)),
                w -> { }).orElseThrow();
        assertThat(withDrift.dist).containsExactly(without.dist);
    }
}
