package org.repcheck.assess;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.repcheck.model.Activity;
import org.repcheck.model.DistanceBasis;
import org.repcheck.model.Format;
import org.repcheck.model.Recovery;
import org.repcheck.model.Rep;
import org.repcheck.model.RepSource;
import org.repcheck.model.Samples;
import org.repcheck.model.Session;

/** Sessions built from Rep records directly, for assess tests. */
final class Sessions {
    static final Instant START = Instant.parse("2026-10-20T07:30:00Z");

    private Sessions() {
    }

    static Activity activity(String sport) {
        return new Activity("track.fit", Format.FIT, sport, "track", Optional.of(START), 3600, 3600, 8000,
                Samples.empty(), List.of(), List.of(), List.of(), List.of(), Optional.empty(), List.of());
    }

    /** Reps of {@code distanceM} run in the given times, with {@code recoveryS} standing between them. */
    static Session reps(double distanceM, DistanceBasis basis, double recoveryS, double... timesS) {
        List<Rep> reps = new ArrayList<>();
        List<Recovery> recoveries = new ArrayList<>();
        double t = 600;
        for (int i = 0; i < timesS.length; i++) {
            reps.add(new Rep(i + 1, t, t + timesS[i], timesS[i], distanceM, distanceM, basis,
                    OptionalDouble.of(distanceM), OptionalDouble.empty(), Double.NaN, Double.NaN));
            t += timesS[i];
            if (i + 1 < timesS.length) {
                recoveries.add(new Recovery(i + 1, t, t + recoveryS, recoveryS, 0, Double.NaN, Double.NaN, true));
                t += recoveryS;
            }
        }
        return new Session(activity("running"), RepSource.WORKOUT, reps, recoveries, List.of());
    }

    static Session withActivity(Session s, Activity a) {
        return new Session(a, s.source(), s.reps(), s.recoveries(), s.notes());
    }
}
