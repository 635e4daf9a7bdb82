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

    /** An outdoor run with a GPS position every second for an hour: reps on it carry GPS distance error. */
    static Activity gpsActivity() {
        int n = 7200;
        double[] t = new double[n];
        double[] lat = new double[n];
        double[] lon = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i;
            lat[i] = 51.5;
            lon[i] = -0.1 + i * 4e-5;
        }
        return new Activity("gps.fit", Format.FIT, "running", "", Optional.of(START), n, n, 10000,
                Samples.of(n, java.util.Map.of(org.repcheck.model.Channel.TIME, t, org.repcheck.model.Channel.LAT, lat,
                        org.repcheck.model.Channel.LON, lon)), List.of(), List.of(), List.of(), List.of(),
                Optional.empty(), List.of());
    }

    /** The same reps on the GPS run. */
    static Session gpsReps(double distanceM, DistanceBasis basis, double recoveryS, double... timesS) {
        return withActivity(reps(distanceM, basis, recoveryS, timesS), gpsActivity());
    }

    /** One rep of {@code kind}, {@code distanceM} in {@code timeS}, on the GPS run. */
    static Session one(org.repcheck.model.RepKind kind, double distanceM, double timeS) {
        Rep r = new Rep(1, 600, 600 + timeS, timeS, distanceM, distanceM, DistanceBasis.MEASURED, OptionalDouble.empty(),
                OptionalDouble.empty(), Double.NaN, Double.NaN, kind);
        return new Session(gpsActivity(), RepSource.SIGNAL, List.of(r), List.of(), List.of());
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
