package org.repcheck.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.repcheck.model.Activity;
import org.repcheck.model.DistanceBasis;
import org.repcheck.model.Format;
import org.repcheck.model.Intensity;
import org.repcheck.model.Recovery;
import org.repcheck.model.Rep;
import org.repcheck.model.RepSource;
import org.repcheck.model.Samples;
import org.repcheck.model.Session;
import org.repcheck.model.WorkoutStep;

/** The structure of a session that was run, as the session text of the next one. */
class SessionShapeTest {
    private static Activity activity(List<WorkoutStep> steps) {
        return new Activity("run.fit", Format.FIT, "running", "", Optional.of(Instant.parse("2026-10-20T07:30:00Z")),
                3600, 3600, 8000, Samples.empty(), List.of(), steps, List.of(), List.of(), Optional.empty(), List.of());
    }

    /** Reps of the given distances (measured, not snapped) with recoveries of the given times between them. */
    private static Session session(List<WorkoutStep> steps, double[] metres, double... recoveryS) {
        List<Rep> reps = new ArrayList<>();
        List<Recovery> recs = new ArrayList<>();
        double t = 600;
        for (int i = 0; i < metres.length; i++) {
            reps.add(new Rep(i + 1, t, t + 90, 90, metres[i], metres[i], DistanceBasis.MEASURED,
                    OptionalDouble.empty(), OptionalDouble.empty(), Double.NaN, Double.NaN));
            t += 90;
            if (i < recoveryS.length) {
                recs.add(new Recovery(i + 1, t, t + recoveryS[i], recoveryS[i], 150, Double.NaN, Double.NaN, false));
                t += recoveryS[i];
            }
        }
        return new Session(activity(steps), RepSource.SIGNAL, reps, recs, List.of());
    }

    private static String shape(Session s) {
        return SessionShape.of(s).map(SessionSpec::text).orElse("none");
    }

    @Test
    void measuredRepsRoundToThePlannedDistanceAndTheMedianRecoveryToFifteenSeconds() {
        assertThat(shape(session(List.of(), new double[] {397, 404, 401, 396}, 88, 95, 91))).isEqualTo("4x400m/90s");
    }

    @Test
    void aLadderKeepsItsOrder() {
        assertThat(shape(session(List.of(), new double[] {1596, 1210, 803, 398}, 170, 185, 178)))
                .isEqualTo("1600m,1200m,800m,400m/3min");
    }

    @Test
    void theWatchsOwnRecoveryStepWinsOverTheMeasuredOne() {
        List<WorkoutStep> steps = List.of(
                new WorkoutStep(0, "", Intensity.ACTIVE, WorkoutStep.Duration.DISTANCE, 400, -1, 0),
                new WorkoutStep(1, "", Intensity.RECOVERY, WorkoutStep.Duration.DISTANCE, 200, -1, 0),
                new WorkoutStep(2, "", Intensity.ACTIVE, WorkoutStep.Duration.REPEAT, Double.NaN, 0, 3));
        assertThat(shape(session(steps, new double[] {400, 400, 400}, 61, 70))).isEqualTo("3x400m/200m");
    }

    @Test
    void oneRepOrAJumbleOfRepsIsNoSessionToRepeat() {
        assertThat(shape(session(List.of(), new double[] {1000}))).isEqualTo("none");
        assertThat(shape(session(List.of(), new double[] {300, 600, 300, 600, 300, 600, 300}, 60, 60, 60, 60, 60, 60)))
                .isEqualTo("none");
    }

    @Test
    void everyFourthRecoveryClearlyLongerMeansSetsOfFour() {
        double[] reps = new double[12];
        java.util.Arrays.fill(reps, 400);
        assertThat(shape(session(List.of(), reps, 88, 92, 90, 236, 91, 89, 93, 245, 90, 88, 92)))
                .isEqualTo("3x(4x400m/90s)/4min");
        // Recoveries that merely vary are not sets.
        assertThat(shape(session(List.of(), reps, 88, 92, 90, 150, 91, 89, 93, 120, 90, 88, 92)))
                .isEqualTo("12x400m/90s");
    }
}
