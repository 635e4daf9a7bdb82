package org.repcheck.assess;

import org.repcheck.model.Activity;
import org.repcheck.model.Rep;
import org.repcheck.model.RepSource;
import org.repcheck.model.Samples;

/**
 * How far a rep's pace may be off, in s/km, from the way its distance and time were measured (docs/science.md §2).
 * Distance and time errors are independent, so they add in quadrature: {@code u = pace·√((σd/d)² + (σt/t)²)}.
 *
 * <p>Distance. Whatever the basis, the distance a rep was run over is only as good as the watch's measure of it: a
 * workout step by distance ends when the watch's own distance reaches 400 m, and snapping picks the nominal
 * distance without removing the measurement's error (only track geometry would, and repcheck does not know the
 * track). So σd depends on how the watch measured: GPS {@value #GPS_FRACTION}·d + {@value #GPS_FIXED_M} m;
 * footpod or wrist accelerometer (no GPS during the rep) {@value #NO_GPS_FRACTION}·d + {@value #GPS_FIXED_M} m.
 *
 * <p>The GPS figure is measured (GpsErrorCalibrationTest): on the 149 true reps of the 34 FIT sessions in
 * corpus/reps with a GPX twin, the watch's rep distance and the haversine length of the same seconds of track
 * differ by 0.5 % at the median, 0.83 % at the 68th percentile and 1.7 % at the 90th, with device biases of up to
 * −1.1 % (vivoactive 4S on 400 m reps); 1 % + 3 m covers 95 % of them. The footpod figure is docs/science.md's ±3 %.
 *
 * <p>Time. Laps (workout steps, lap presses) are stored in milliseconds: {@value #LAP_TIME_S} s for the boundary's
 * rounding. Boundaries found in the speed signal are placed to about a sample at each end: {@value #SIGNAL_TIME_S} s.
 *
 * <p>A 92 s 400 m rep at 3:50/km with GPS: ±4.0 s/km, wider than the coach band's ±2 — so it is judged only when
 * its whole interval clears the band or sits inside it.
 *
 * @param sPerKm the pace uncertainty, s/km (a one-sigma-like bound, not a statistical confidence)
 * @param gps    true when the distance came from GPS (false: footpod or accelerometer)
 */
public record PaceUncertainty(double sPerKm, boolean gps) {
    static final double GPS_FRACTION = 0.010;
    static final double GPS_FIXED_M = 3.0;
    static final double NO_GPS_FRACTION = 0.03;
    static final double LAP_TIME_S = 0.1;
    static final double SIGNAL_TIME_S = 1.0;

    public static PaceUncertainty of(Rep rep, Activity activity, RepSource source) {
        double d = rep.distanceM();
        double t = rep.durationS();
        boolean gps = hasGpsDuring(activity.samples(), rep.startS(), rep.endS());
        double sigmaD = (gps ? GPS_FRACTION : NO_GPS_FRACTION) * d + GPS_FIXED_M;
        double sigmaT = source == RepSource.SIGNAL ? SIGNAL_TIME_S : LAP_TIME_S;
        return new PaceUncertainty(sPerKm(d, t, sigmaD, sigmaT), gps);
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
