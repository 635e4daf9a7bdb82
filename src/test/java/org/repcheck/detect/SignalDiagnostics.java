package org.repcheck.detect;

import java.util.Locale;

import org.repcheck.model.Rep;
import org.repcheck.model.Session;
import org.repcheck.synth.GeneratedSession;
import org.repcheck.synth.SessionGenerator;
import org.repcheck.synth.TrueRep;

/**
 * Not a test: prints the generated sessions the signal detector gets wrong, for tuning. Arguments: first and last
 * seed (seeds 5000-9999 are negatives), then anything to print the reps, twice to print every session.
 */
public final class SignalDiagnostics {
    public static void main(String[] args) {
        RepDetector det = new RepDetector();
        int from = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int to = args.length > 1 ? Integer.parseInt(args[1]) : 1300;
        for (int seed = from; seed < to; seed++) {
            GeneratedSession g = seed >= 5000 && seed < 10_000 ? SessionGenerator.randomNegative(seed) : SessionGenerator.randomIntervals(seed);
            Session s = det.detect(g.activity(), DetectMode.SIGNAL);
            RepScore sc = new RepScore().add(g.reps(), s.reps());
            if (args.length > 3 || sc.f1() < 0.999 || (g.isNegative() && !s.reps().isEmpty())) {
                System.out.printf(Locale.ROOT, "seed %d F1 %.2f true %d det %d | %s | %s%n", seed, sc.f1(),
                        g.reps().size(), s.reps().size(), g.description(), s.notes());
                if (args.length > 2) {
                    for (TrueRep t : g.reps()) {
                        System.out.printf(Locale.ROOT, "   T %7.1f %7.1f %6.1f m %5.2f%n", t.startS(), t.endS(), t.distanceM(), t.speedMps());
                    }
                    for (Rep r : s.reps()) {
                        System.out.printf(Locale.ROOT, "   D %7.1f %7.1f %6.1f m %5.2f %s%n", r.startS(), r.endS(), r.measuredDistanceM(), r.measuredDistanceM() / r.durationS(), r.basis());
                    }
                }
            }
        }
    }
}
