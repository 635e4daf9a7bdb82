package org.repcheck.assess;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.repcheck.model.Activity;
import org.repcheck.model.Analysis;
import org.repcheck.model.DPrimeBalance;
import org.repcheck.model.JudgedRep;
import org.repcheck.model.Rep;
import org.repcheck.model.Segment;
import org.repcheck.model.Session;
import org.repcheck.model.SessionSummary;
import org.repcheck.model.TargetBand;
import org.repcheck.model.TimeTrial;
import org.repcheck.model.Verdict;
import org.repcheck.report.Units;
import org.repcheck.targets.CriticalSpeedModel;
import org.repcheck.targets.RacePaceLimit;
import org.repcheck.targets.TargetException;
import org.repcheck.targets.TargetModel;
import org.repcheck.targets.TargetModels;
import org.repcheck.targets.TargetPlan;
import org.repcheck.targets.TimeTrials;

/**
 * Judges a session's reps against the bands the runner's time trials set, and sums the session up.
 *
 * <p>Per rep: unjudged when no TT is in force, the activity is not a run, the rep is too short to time (under
 * {@value #MIN_REP_S} s or {@value #MIN_REP_M} m: a second of timing is then several s/km), or the pace uncertainty
 * ({@link PaceUncertainty}) is wider than the band's half-width; otherwise {@link BandCheck} decides. Whatever the
 * model, a rep faster than the runner's predicted race pace over its distance (Riegel from the TT in force) is
 * overcooked and says so: if a model's band reaches past that limit, the band is moved back to start at it.
 *
 * <p>Uses {@code report.Units} for the words of reasons, notes and advice (a deviation from DESIGN.md's
 * assess → model, targets: advice is text for people, and must speak the runner's units).
 */
public final class Assessor {
    static final double MIN_REP_S = 20;
    static final double MIN_REP_M = 100;

    private Assessor() {
    }

    public static Analysis assess(Session session, TargetPlan plan) {
        return assess(session, plan, Units.METRIC);
    }

    public static Analysis assess(Session session, TargetPlan plan, Units units) {
        Activity activity = session.activity();
        Optional<LocalDate> date = activity.start().map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC));
        List<TimeTrial> inForce = TimeTrials.allInForce(plan.trials(), date);
        Optional<TimeTrial> tt = TimeTrials.inForce(inForce, date);
        String modelName = plan.model();
        TargetModel model = null;
        Optional<String> allUnjudged = Optional.empty();
        if (tt.isEmpty()) {
            allUnjudged = Optional.of(plan.hasTrials() && date.isPresent()
                    ? "no time trial on or before " + date.get() + ": add --tt 5k=20:00 or an earlier dated one"
                    : TargetModels.NO_TT);
        } else if (!activity.isRunning()) {
            allUnjudged = Optional.of("not a run (sport: " + activity.sport() + "), and the pace bands are for running");
        } else {
            try {
                model = TargetModels.create(plan.model(), inForce, plan.options());
                modelName = model.name();
            } catch (TargetException e) {
                allUnjudged = Optional.of(e.getMessage());
            }
        }
        List<JudgedRep> judged = new ArrayList<>();
        for (Rep rep : session.reps()) {
            PaceUncertainty u = PaceUncertainty.of(rep, activity);
            if (allUnjudged.isPresent()) {
                judged.add(new JudgedRep(rep, Optional.empty(), Verdict.UNJUDGED, allUnjudged.get(), Double.NaN, u.sPerKm()));
            } else {
                judged.add(judge(rep, activity, model, tt.get(), u, units));
            }
        }
        List<String> notes = new ArrayList<>();
        allUnjudged.ifPresent(notes::add);
        SessionSummary summary = new SessionSummary(count(judged, Verdict.OVERCOOKED), count(judged, Verdict.ON_TARGET),
                count(judged, Verdict.SLOW), count(judged, Verdict.UNJUDGED), Fade.sPerKmPerRep(session.reps()),
                Advice.sentence(judged, allUnjudged, units), RecoveryCheck.notes(session, units));
        Optional<DPrimeBalance> balance = Optional.empty();
        if (model instanceof CriticalSpeedModel cs && activity.hasTimeAxis() && !activity.samples().isEmpty()) {
            balance = Optional.of(cs.balance(activity.samples()));
        }
        return new Analysis(session, tt, modelName, judged, summary, balance, notes);
    }

    /** One rep against the model's band and the Riegel race-pace limit. */
    static JudgedRep judge(Rep rep, Activity activity, TargetModel model, TimeTrial tt, PaceUncertainty u, Units units) {
        if (rep.durationS() < MIN_REP_S || rep.distanceM() < MIN_REP_M) {
            return unjudged(rep, Optional.empty(), u, String.format(java.util.Locale.ROOT,
                    "too short to time (%.0f s, %.0f m): reps under 20 s or 100 m are not judged", rep.durationS(),
                    rep.distanceM()));
        }
        Optional<String> otherSport = sportAt(activity, (rep.startS() + rep.endS()) / 2);
        if (otherSport.isPresent()) {
            return unjudged(rep, Optional.empty(), u, "not running here (" + otherSport.get()
                    + "), and the pace bands are for running");
        }
        TargetBand band = model.band(rep.distanceM());
        boolean limited = RacePaceLimit.binds(band, tt);
        TargetBand shown = RacePaceLimit.apply(band, tt);
        double pace = 1000.0 * rep.durationS() / rep.distanceM();
        double race = 1000.0 / RacePaceLimit.raceSpeedMps(tt, rep.distanceM());
        double effFast = 1000.0 / shown.fastSpeedMps();
        double effSlow = 1000.0 / shown.slowSpeedMps();
        String bandText = "the " + model.name() + " band " + Wording.pace(units, effFast).replace(units.paceSuffix(), "")
                + "–" + Wording.pace(units, effSlow) + " for " + Wording.distance(rep.distanceM())
                + qualifiers(band.extrapolated(), limited);
        BandCheck check = BandCheck.of(pace, effFast, effSlow, u.sPerKm());
        double halfWidth = (effSlow - effFast) / 2;
        String reason;
        switch (check.verdict()) {
            case OVERCOOKED -> reason = pace + u.sPerKm() < race
                    ? "faster than your predicted " + Wording.distance(rep.distanceM()) + " race pace "
                    + Wording.pace(units, race) + " (Riegel from " + TimeTrials.describe(tt) + "): overcooked under any model"
                    : Wording.paceGap(units, check.deltaSPerKm()) + " faster than " + bandText;
            case SLOW -> reason = Wording.paceGap(units, check.deltaSPerKm()) + " slower than " + bandText;
            case ON_TARGET -> reason = "inside " + bandText;
            default -> reason = check.borderline()
                    ? Wording.pace(units, pace) + " is within its ±" + Wording.paceGap(units, u.sPerKm())
                    + " measurement uncertainty of an edge of " + bandText + ": too close to call"
                    : "pace uncertain by ±" + Wording.paceGap(units, u.sPerKm()) + " (" + u.basis()
                    + "), more than the band's ±" + Wording.paceGap(units, halfWidth)
                    + ": run it as a workout step or on a track to have it judged";
        }
        return new JudgedRep(rep, Optional.of(shown), check.verdict(), reason, check.deltaSPerKm(), u.sPerKm());
    }

    private static String qualifiers(boolean extrapolated, boolean limited) {
        if (extrapolated && limited) {
            return " (extrapolated; held back to your Riegel race pace)";
        }
        return extrapolated ? " (extrapolated)" : limited ? " (held back to your Riegel race pace)" : "";
    }

    private static JudgedRep unjudged(Rep rep, Optional<TargetBand> band, PaceUncertainty u, String reason) {
        return new JudgedRep(rep, band, Verdict.UNJUDGED, reason, Double.NaN, u.sPerKm());
    }

    /** The sport at {@code t} when a multisport activity says it is not running there. */
    private static Optional<String> sportAt(Activity activity, double t) {
        if (activity.segments().size() < 2) {
            return Optional.empty();
        }
        for (Segment s : activity.segments()) {
            if (s.range().contains(t)) {
                return s.sport().equals("running") ? Optional.empty() : Optional.of(s.sport());
            }
        }
        return Optional.empty();
    }

    private static int count(List<JudgedRep> reps, Verdict v) {
        return (int) reps.stream().filter(j -> j.verdict() == v).count();
    }
}
