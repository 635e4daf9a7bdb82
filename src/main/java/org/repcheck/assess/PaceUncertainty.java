package org.repcheck.assess;

import org.repcheck.model.Activity;
import org.repcheck.model.Rep;
import org.repcheck.model.Samples;

/**
 * How far a rep's pace may be off, in s/km, from the way its distance and time were measured (docs/science.md §2).
 * Distance and time errors are independent, so they add in quadrature:
 * {@code σpace = pace·√((σd/d)² + (σt/t)²)}.
 *
 * <table>
 * <caption>the numbers and why</caption>
 * <tr><th>basis</th><th>σ distance</th><th>σ time</th><th>why</th></tr>
 * <tr><td>workout step</td><td>0</td><td>0.1 s</td><td>the step's distance is the plan itself and the watch ends
 *     it; lap times are stored in milliseconds, only the lap boundary's rounding is left</td></tr>
 * <tr><td>snapped</td><td>1 m</td><td>0.2 s</td><td>snapping (within max(10 m, 4 %)) takes the marked distance as
 *     true; what is left is where the runner pressed the button relative to the line — about a stride's
 *     half, and a button press's reaction time</td></tr>
 * <tr><td>measured, GPS</td><td>2 % + 5 m</td><td>0.5 s</td><td>docs/science.md §2; boundaries found in 1 s samples</td></tr>
 * <tr><td>measured, no GPS</td><td>5 % + 10 m</td><td>0.5 s</td><td>accelerometer or foot-pod distance on a track
 *     or treadmill: a few per cent after calibration, worse without</td></tr>
 * </table>
 * A 92 s 400 m rep: workout step ±0.25 s/km, snapped ±0.76, GPS ±7.5 (more than the coach band's ±2: unjudged).
 *
 * @param sPerKm the pace uncertainty, s/km (one sigma-like bound, not a statistical confidence)
 * @param basis  how the distance was known, for the reason text ("workout step", "GPS-measured 412 m")
 */
public record PaceUncertainty(double sPerKm, String basis) {
    static final double STEP_TIME_S = 0.1;
    static final double SNAP_DISTANCE_M = 1.0;
    static final double SNAP_TIME_S = 0.2;
    static final double GPS_FRACTION = 0.02;
    static final double GPS_FIXED_M = 5.0;
    static final double NO_GPS_FRACTION = 0.05;
    static final double NO_GPS_FIXED_M = 10.0;
    static final double MEASURED_TIME_S = 0.5;

    public static PaceUncertainty of(Rep rep, Activity activity) {
        double d = rep.distanceM();
        double t = rep.durationS();
        return switch (rep.basis()) {
            case WORKOUT_STEP -> new PaceUncertainty(sPerKm(d, t, 0, STEP_TIME_S), "workout step");
            case SNAPPED -> new PaceUncertainty(sPerKm(d, t, SNAP_DISTANCE_M, SNAP_TIME_S),
                    String.format(java.util.Locale.ROOT, "snapped to %.0f m", d));
            case MEASURED -> hasGpsDuring(activity.samples(), rep.startS(), rep.endS())
                    ? new PaceUncertainty(sPerKm(d, t, GPS_FRACTION * d + GPS_FIXED_M, MEASURED_TIME_S),
                    String.format(java.util.Locale.ROOT, "GPS-measured %.0f m", d))
                    : new PaceUncertainty(sPerKm(d, t, NO_GPS_FRACTION * d + NO_GPS_FIXED_M, MEASURED_TIME_S),
                    String.format(java.util.Locale.ROOT, "measured %.0f m without GPS", d));
        };
    }

    /** Pace uncertainty (s/km) of {@code distanceM} in {@code timeS} with the given distance and time errors. */
    public static double sPerKm(double distanceM, double timeS, double sigmaDistanceM, double sigmaTimeS) {
        double pace = 1000.0 * timeS / distanceM;
        return pace * Math.hypot(sigmaDistanceM / distanceM, sigmaTimeS / timeS);
    }

    /** Pace (s/km) computed for a rep of {@code timeS} over a measured {@code distanceM}. */
    public static double paceSPerKm(double distanceM, double timeS) {
        return 1000.0 * timeS / distanceM;
    }

    private static boolean hasGpsDuring(Samples s, double from, double to) {
        for (int i = 0; i < s.size(); i++) {
            double t = s.time(i);
            if (t >= from && t <= to && !Double.isNaN(s.lat(i)) && !Double.isNaN(s.lon(i))) {
                return true;
            }
        }
        return false;
    }
}
