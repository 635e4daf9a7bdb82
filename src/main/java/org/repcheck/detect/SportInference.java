package org.repcheck.detect;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.repcheck.model.Activity;
import org.repcheck.model.Channel;

/**
 * The sport of a file that does not say (gpsbabel and many apps write GPX without a {@code <type>}; some watches
 * write "generic"): a run when its speeds and cadence are a runner's. A forced sport ({@code --sport}) wins over the
 * file and the inference alike. A file that names its sport keeps it: cycling stays cycling.
 */
final class SportInference {
    private static final Set<String> UNSAID = Set.of("unknown", "generic", "");
    /** Window over which speed is read: long enough to average GPS noise. */
    private static final double WINDOW_S = 10;
    /** Moving faster than a walk, slower than a bike's cruise: a runner's typical (upper-quartile) speed. */
    static final double RUN_MIN_MPS = 1.8;
    static final double RUN_MAX_MPS = 6.0;
    /** A runner's fastest tenth of the time stays under this; a ride's descents do not. */
    static final double RUN_P95_MAX_MPS = 7.5;
    /** Below this cadence (steps or strides per minute) no one is running. */
    static final double MIN_RUN_CADENCE = 60;

    private SportInference() {
    }

    static Activity resolve(Activity a, Track track, Optional<String> forced, List<String> notes) {
        if (forced.isPresent()) {
            if (!forced.get().equals(a.sport())) {
                notes.add("sport: set to " + forced.get() + " as asked (the file says " + shown(a.sport()) + ")");
            }
            return a.withSport(forced.get());
        }
        if (!UNSAID.contains(a.sport().toLowerCase(Locale.ROOT)) || a.segments().size() > 1) {
            return a;
        }
        double[] speeds = track.windowSpeeds(WINDOW_S, 1.0);
        if (speeds.length < 12) {
            return a;
        }
        // The upper quartile, not the median: a session of reps with walked recoveries is half walking.
        double typical = speeds[(int) (0.75 * (speeds.length - 1))];
        double p95 = speeds[(int) (0.95 * (speeds.length - 1))];
        double cadence = medianCadence(a);
        boolean cadenceOk = Double.isNaN(cadence) || cadence >= MIN_RUN_CADENCE;
        if (typical >= RUN_MIN_MPS && typical <= RUN_MAX_MPS && p95 <= RUN_P95_MAX_MPS && cadenceOk) {
            notes.add(String.format(Locale.ROOT, "sport: the file does not say; judged as a run from its speeds "
                    + "(%.1f m/s)%s (--sport sets it)", typical,
                    Double.isNaN(cadence) ? "" : String.format(Locale.ROOT, " and cadence (%.0f)", cadence)));
            return a.withSport("running");
        }
        return a;
    }

    private static String shown(String sport) {
        return sport.isEmpty() ? "nothing" : sport;
    }

    private static double medianCadence(Activity a) {
        double[] c = Arrays.stream(a.samples().column(Channel.CADENCE)).filter(x -> x > 0).sorted().toArray();
        return c.length == 0 ? Double.NaN : c[c.length / 2];
    }
}
