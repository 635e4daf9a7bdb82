package org.repcheck.report;

import org.repcheck.model.Activity;
import org.repcheck.model.Analysis;
import org.repcheck.model.LocalClock;
import org.repcheck.model.DistanceBasis;
import org.repcheck.model.JudgedRep;
import org.repcheck.model.Recovery;
import org.repcheck.model.Rep;
import org.repcheck.model.TargetBand;
import org.repcheck.model.TimeTrial;
import org.repcheck.model.Verdict;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * The words and numbers shared by the text table and the HTML page, so a rep reads the same in both: verdicts
 * spelled out, distances with their basis, bands as pace ranges in the chosen units.
 */
final class Formats {
    private Formats() {
    }

    static String verdict(Verdict v) {
        return switch (v) {
            case OVERCOOKED -> "OVERCOOKED";
            case ON_TARGET -> "on target";
            case SLOW -> "slow";
            case UNJUDGED -> "unjudged";
        };
    }

    /** The activity's start on the runner's clock (its own offset, else this machine's zone, said so). */
    static String when(Activity a) {
        return Words.when(a.start(), LocalClock.of(a, Optional.empty(), ZoneId.systemDefault()));
    }

    static String when(Optional<Instant> start, Optional<LocalClock> clock) {
        return Words.when(start, clock);
    }

    static String sport(Activity a) {
        return a.subSport().isEmpty() || a.subSport().equals("generic") ? a.sport() : a.sport() + " (" + a.subSport() + ")";
    }

    /** "400 m", "1609 m": reps are set in metres even by runners who think in miles. */
    static String metres(double m) {
        return Double.isNaN(m) ? "–" : String.format(Locale.ROOT, "%.0f m", m);
    }

    static String basis(DistanceBasis b) {
        return switch (b) {
            case WORKOUT_STEP -> "workout step";
            case SNAPPED -> "snapped";
            case MEASURED -> "measured";
        };
    }

    /** "400 m (workout step)", or "403 m (measured)". */
    static String repDistance(Rep r) {
        String s = metres(r.distanceM()) + " (" + basis(r.basis()) + ")";
        if (r.basis() != DistanceBasis.MEASURED && !Double.isNaN(r.measuredDistanceM())
                && Math.abs(r.measuredDistanceM() - r.distanceM()) >= 0.5) {
            s += ", GPS " + metres(r.measuredDistanceM());
        }
        return s;
    }

    static String band(Optional<TargetBand> band, Units u) {
        return band.map(b -> u.pace(b.fastSpeedMps()) + "–" + u.pace(b.slowSpeedMps())
                + (b.extrapolated() ? " (extrap.)" : "")).orElse("–");
    }

    /** The CSS class of the advice box: green only for a session on target, red when anything was overcooked. */
    static String adviceClass(Analysis a) {
        if (a.summary().overcooked() > 0) {
            return "bad";
        }
        return a.summary().advice().onTarget() ? "good" : "plain";
    }

    /** "−8.0 s" faster or "+3.0 s" slower than the band, in the chosen unit's seconds; "0" inside. */
    static String delta(JudgedRep j, Units u) {
        if (Double.isNaN(j.deltaSPerKm())) {
            return "–";
        }
        if (j.deltaSPerKm() == 0) {
            return "0";
        }
        return new Words(u).signedGap(j.deltaSPerKm());
    }

    static String hr(double avg, double max) {
        if (Double.isNaN(avg)) {
            return "–";
        }
        return Double.isNaN(max) ? String.format(Locale.ROOT, "%.0f", avg)
                : String.format(Locale.ROOT, "%.0f/%.0f", avg, max);
    }

    static String recovery(Recovery r, Units u) {
        String s = recoveryWithoutHr(r);
        return Double.isNaN(r.hrDrop()) ? s : s + String.format(Locale.ROOT, ", HR drop %.0f", r.hrDrop());
    }

    /** "recovery 1:30 jog 135 m": for the HTML table, which shows the HR drop in its HR column. */
    static String recoveryWithoutHr(Recovery r) {
        StringBuilder sb = new StringBuilder("recovery ").append(Units.clock(r.durationS(), 0));
        sb.append(r.standing() ? " standing" : " jog");
        if (!Double.isNaN(r.distanceM()) && r.distanceM() > 0) {
            sb.append(' ').append(metres(r.distanceM()));
        }
        return sb.toString();
    }

    static String timeTrial(Optional<TimeTrial> tt, Units u) {
        return tt.map(new Words(u)::timeTrialWithPace).orElse("none");
    }

    static String fade(double sPerKmPerRep, Units u) {
        if (Double.isNaN(sPerKmPerRep)) {
            return "–";
        }
        return new Words(u).signedGap(sPerKmPerRep) + " s" + u.paceSuffix() + " per rep";
    }
}
