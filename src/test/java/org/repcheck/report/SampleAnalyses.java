package org.repcheck.report;

import org.repcheck.model.Activity;
import org.repcheck.model.Analysis;
import org.repcheck.model.Channel;
import org.repcheck.model.DPrimeBalance;
import org.repcheck.model.DistanceBasis;
import org.repcheck.model.Format;
import org.repcheck.model.JudgedRep;
import org.repcheck.model.Recovery;
import org.repcheck.model.Rep;
import org.repcheck.model.RepSource;
import org.repcheck.model.Samples;
import org.repcheck.model.Segment;
import org.repcheck.model.Session;
import org.repcheck.model.SessionSummary;
import org.repcheck.model.TargetBand;
import org.repcheck.model.TimeRange;
import org.repcheck.model.TimeTrial;
import org.repcheck.model.Verdict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Workouts built in memory: a track session of 6 × 400 m off a 5 km TT in 20:00 (band 3:48–3:52/km), reps 1, 2 and
 * 4 overcooked, 3 and 5 on target, 6 slow; 1 s samples with HR and GPS on a 400 m oval.
 */
final class SampleAnalyses {
    static final Instant START = Instant.parse("2026-05-11T07:30:00Z");
    static final double WARMUP_S = 600;
    static final double RECOVERY_S = 90;
    /** Rep times, s: 88 s = 3:40/km overcooked, 92 s = 3:50 on target, 94 s = 3:55 slow. */
    static final double[] REP_TIMES = {88, 89, 92, 90.5, 92, 94};
    static final Verdict[] VERDICTS = {Verdict.OVERCOOKED, Verdict.OVERCOOKED, Verdict.ON_TARGET,
            Verdict.OVERCOOKED, Verdict.ON_TARGET, Verdict.SLOW};
    static final TargetBand BAND_400 = new TargetBand(400, 1000 / 228.0, 1000 / 232.0, "coach", false);

    private SampleAnalyses() {
    }

    static Analysis trackSession(String source) {
        return trackSession(source, START, false);
    }

    static Analysis trackSession(String source, Instant start, boolean withDPrime) {
        List<double[]> plan = new ArrayList<>(); // {startS, endS, speed}
        double t = 0;
        plan.add(new double[]{0, WARMUP_S, 3.0});
        t = WARMUP_S;
        for (double repTime : REP_TIMES) {
            plan.add(new double[]{t, t + repTime, 400 / repTime});
            t += repTime;
            plan.add(new double[]{t, t + RECOVERY_S, 1.5});
            t += RECOVERY_S;
        }
        plan.add(new double[]{t, t + 600, 3.0});
        double total = t + 600;
        Samples samples = samples(plan, (int) Math.ceil(total) + 1);

        List<Rep> reps = new ArrayList<>();
        List<Recovery> recs = new ArrayList<>();
        List<JudgedRep> judged = new ArrayList<>();
        for (int i = 0; i < REP_TIMES.length; i++) {
            double[] p = plan.get(1 + 2 * i);
            Rep rep = new Rep(i + 1, p[0], p[1], p[1] - p[0], 400, 403.1, DistanceBasis.WORKOUT_STEP,
                    OptionalDouble.of(400), OptionalDouble.empty(), 168 + i, 176 + i);
            reps.add(rep);
            double pace = 1000 / rep.speedMps();
            double delta = pace < 228 ? pace - 228 : pace > 232 ? pace - 232 : 0;
            org.repcheck.model.JudgedBy by = new org.repcheck.model.JudgedBy(org.repcheck.model.JudgedBy.Rule.INTERVAL,
                    BAND_400, false);
            org.repcheck.model.VerdictReason reason = switch (VERDICTS[i]) {
                case OVERCOOKED, SLOW -> new org.repcheck.model.VerdictReason.OutsideBand(by, delta, 0.9);
                case ON_TARGET -> new org.repcheck.model.VerdictReason.InsideBand(by, 0.9);
                case UNJUDGED -> new org.repcheck.model.VerdictReason.NoTimeTrial(Optional.empty());
            };
            judged.add(new JudgedRep(rep, Optional.of(BAND_400), VERDICTS[i], reason, delta, 0.9));
            if (i < REP_TIMES.length - 1) {
                double[] r = plan.get(2 + 2 * i);
                recs.add(new Recovery(i + 1, r[0], r[1], r[1] - r[0], 135, 140, 25 - i, i == 3));
            }
        }
        Activity activity = new Activity(source, Format.FIT, "running", "track", Optional.ofNullable(start),
                total, total - 5, samples.distance(samples.size() - 1), samples, List.of(), List.of(),
                List.of(new TimeRange(300, 305)), List.of(new Segment("running", "track", new TimeRange(0, total), 0)),
                Optional.of("garmin forerunner745"), List.of("paused 5 s at 5:00"));
        Session session = new Session(activity, RepSource.WORKOUT, reps, recs, List.of("reps from the workout's steps"));
        SessionSummary summary = new SessionSummary(3, 2, 1, 0, 0.83,
                new org.repcheck.model.SessionAdvice.Missed(Verdict.OVERCOOKED, List.of(1, 2, 3), 3, 9,
                        List.of(new org.repcheck.model.JudgedBy(org.repcheck.model.JudgedBy.Rule.INTERVAL, BAND_400, false))),
                List.of(new org.repcheck.model.RecoveryFinding(4, 150, 90, org.repcheck.model.RecoveryFinding.Kind.TOO_LONG,
                        org.repcheck.model.RecoveryFinding.WorkPace.R, 22, java.util.OptionalInt.empty(), Double.NaN)));
        Optional<DPrimeBalance> dp = Optional.empty();
        if (withDPrime) {
            double[] ts = new double[samples.size()];
            double[] bal = new double[samples.size()];
            double b = 180;
            for (int i = 0; i < ts.length; i++) {
                ts[i] = samples.time(i);
                double v = samples.speed(i);
                b = Math.min(180, b - (v - 4.0) * 1.0 * (v > 4.0 ? 1 : 0.3));
                bal[i] = b;
            }
            dp = Optional.of(new DPrimeBalance(4.0, 180, ts, bal));
        }
        return new Analysis(session, Optional.of(new TimeTrial(5000, 1200, Optional.of(LocalDate.of(2026, 4, 1)))),
                "coach", judged, summary, dp, List.of("TT 5 km in 20:00 from athlete.yaml"),
                Optional.ofNullable(start).map(x -> new org.repcheck.model.LocalClock(java.time.ZoneOffset.UTC,
                        org.repcheck.model.LocalClock.Source.FIT)), List.of());
    }

    /** 1 s samples following the plan: speed with a little noise, HR that rises in work, lat/lon on an oval. */
    static Samples samples(List<double[]> plan, int n) {
        double[] time = new double[n], dist = new double[n], speed = new double[n], lat = new double[n],
                lon = new double[n], hr = new double[n], alt = new double[n];
        double d = 0, h = 110;
        java.util.Random rnd = new java.util.Random(42);
        int seg = 0;
        double radius = 400 / (2 * Math.PI);
        for (int i = 0; i < n; i++) {
            time[i] = i;
            while (seg < plan.size() - 1 && i >= plan.get(seg)[1]) {
                seg++;
            }
            double v = plan.get(seg)[2];
            speed[i] = v + rnd.nextGaussian() * 0.05;
            d += i == 0 ? 0 : v;
            dist[i] = d;
            double target = v > 4 ? 178 : v > 2.5 ? 140 : 125;
            h += (target - h) * 0.05;
            hr[i] = h;
            double ang = d / radius;
            lat[i] = 51.5 + radius * Math.sin(ang) / 111_320.0;
            lon[i] = -0.1 + 1.6 * radius * Math.cos(ang) / (111_320.0 * Math.cos(Math.toRadians(51.5)));
            alt[i] = 20;
        }
        Map<Channel, double[]> cols = new EnumMap<>(Channel.class);
        cols.put(Channel.TIME, time);
        cols.put(Channel.DISTANCE, dist);
        cols.put(Channel.SPEED, speed);
        cols.put(Channel.LAT, lat);
        cols.put(Channel.LON, lon);
        cols.put(Channel.HR, hr);
        cols.put(Channel.ALTITUDE, alt);
        return Samples.of(n, cols);
    }

    /** A 14-hour activity at 1 s (50,400 samples) with the same reps in it: the chart speed test. */
    static Analysis longDay() {
        Analysis a = trackSession("ultra.fit");
        int n = 50_400;
        List<double[]> plan = new ArrayList<>();
        plan.add(new double[]{0, 50_400, 2.8});
        Samples s = samples(plan, n);
        Activity old = a.session().activity();
        Activity act = new Activity("ultra.fit", Format.FIT, "running", "", old.start(), n, n, s.distance(n - 1), s,
                List.of(), List.of(), List.of(), List.of(), Optional.empty(), List.of());
        Session session = new Session(act, RepSource.SIGNAL, a.session().reps(), a.session().recoveries(), List.of());
        return new Analysis(session, a.timeTrial(), a.model(), a.reps(), a.summary(), a.dPrimeBalance(), a.notes());
    }
}
