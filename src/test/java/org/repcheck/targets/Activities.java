package org.repcheck.targets;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repcheck.model.Activity;
import org.repcheck.model.Channel;
import org.repcheck.model.Format;
import org.repcheck.model.Samples;

/** Small synthetic activities for tests. */
public final class Activities {
    private Activities() {
    }

    /** A run sampled at the given times and cumulative distances (speed derived), starting 2026-09-01 08:00Z. */
    public static Activity run(double[] timeS, double[] distanceM) {
        double[] speed = new double[timeS.length];
        for (int i = 1; i < timeS.length; i++) {
            speed[i] = (distanceM[i] - distanceM[i - 1]) / (timeS[i] - timeS[i - 1]);
        }
        Samples s = Samples.of(timeS.length, Map.of(Channel.TIME, timeS, Channel.DISTANCE, distanceM, Channel.SPEED, speed));
        double span = timeS[timeS.length - 1] - timeS[0];
        return new Activity("tt.fit", Format.FIT, "running", "", Optional.of(Instant.parse("2026-09-01T08:00:00Z")), span,
                span, distanceM[distanceM.length - 1], s, List.of(), List.of(), List.of(), List.of(), Optional.empty(),
                List.of());
    }

    /** Piecewise-constant speeds, one sample per second: {@code speeds[k]} for {@code seconds[k]} s. */
    public static Activity steps(double[] speeds, int[] seconds) {
        int n = 1;
        for (int s : seconds) {
            n += s;
        }
        double[] t = new double[n];
        double[] d = new double[n];
        int i = 1;
        for (int k = 0; k < speeds.length; k++) {
            for (int j = 0; j < seconds[k]; j++, i++) {
                t[i] = i;
                d[i] = d[i - 1] + speeds[k];
            }
        }
        return run(t, d);
    }
}
