package org.repcheck.assess;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.repcheck.model.Activity;
import org.repcheck.model.Analysis;
import org.repcheck.model.DPrimeBalance;
import org.repcheck.model.JudgedBy;
import org.repcheck.model.JudgedRep;
import org.repcheck.model.LocalClock;
import org.repcheck.model.Rep;
import org.repcheck.model.RepKind;
import org.repcheck.model.Segment;
import org.repcheck.model.Session;
import org.repcheck.model.SessionSummary;
import org.repcheck.model.TargetBand;
import org.repcheck.model.TimeTrial;
import org.repcheck.model.Verdict;
import org.repcheck.model.VerdictReason;
import org.repcheck.targets.CriticalSpeedModel;
import org.repcheck.targets.RacePaceLimit;
import org.repcheck.targets.TargetException;
import org.repcheck.targets.TargetModel;
import org.repcheck.targets.TargetModels;
import org.repcheck.targets.TargetPlan;
import org.repcheck.targets.ThresholdBand;
import org.repcheck.targets.TimeTrials;

/**
 * Judges a session's reps against the bands the runner's time trials set, and sums the session up — as values:
 * every verdict carries a {@link VerdictReason} with its numbers, the advice and recovery findings are values too,
 * and {@code report} words them in the runner's units. Nothing here knows a unit of display or a sentence.
 *
 * <p>The workout's date is its local date ({@link LocalClock}: the FIT's offset, else the profile's zone, else the
 * machine's): it picks the TT in force. Per rep: unjudged when no TT is in force, the activity is not a run, or the
 * rep is too short to time (under {@value #MIN_REP_S} s or {@value #MIN_REP_M} m); otherwise {@link BandCheck}
 * decides on the interval [pace − u, pace + u] ({@link PaceUncertainty}). A tempo block, or a rep of
 * {@value #LONG_REP_S} s or more (past Daniels' 5-minute ceiling for I-pace reps), is judged by the threshold band
 * ({@link ThresholdBand}), never by the interval rule. Whatever the rule, a rep faster than the runner's predicted
 * race pace over its distance (Riegel) is overcooked and says so; a band reaching past that pace is moved back to it.
 */
public final class Assessor {
    static final double MIN_REP_S = 20;
    static final double MIN_REP_M = 100;
    static final double LONG_REP_S = 330;

    private Assessor() {
    }

    /** Dates GPX and TCX workouts (no offset in the file, none in the profile) on this machine's zone. */
    public static Analysis assess(Session session, TargetPlan plan) {
        return assess(session, plan, ZoneId.systemDefault());
    }

    public static Analysis assess(Session session, TargetPlan plan, ZoneId systemZone) {
        Activity activity = session.activity();
        Optional<LocalClock> clock = LocalClock.of(activity, plan.timezone(), systemZone);
        Optional<LocalDate> date = activity.start().flatMap(s -> clock.map(c -> c.date(s)));
        List<TimeTrial> inForce = TimeTrials.allInForce(plan.trials(), date);
        Optional<TimeTrial> tt = TimeTrials.inForce(inForce, date);
        String modelName = plan.model();
        TargetModel model = null;
        Optional<VerdictReason> allUnjudged = Optional.empty();
        if (tt.isEmpty()) {
            allUnjudged = Optional.of(new VerdictReason.NoTimeTrial(plan.hasTrials() ? date : Optional.empty()));
        } else if (!activity.isRunning()) {
            allUnjudged = Optional.of(new VerdictReason.NotARun(activity.sport()));
        } else {
            try {
                model = TargetModels.create(plan.model(), inForce, plan.options());
                modelName = model.name();
            } catch (TargetException e) {
                allUnjudged = Optional.of(new VerdictReason.NoModel(e.getMessage()));
            }
        }
        List<JudgedRep> judged = new ArrayList<>();
        for (Rep rep : session.reps()) {
            PaceUncertainty u = PaceUncertainty.of(rep, activity, session.source());
            judged.add(allUnjudged.isPresent()
                    ? new JudgedRep(rep, Optional.empty(), Verdict.UNJUDGED, allUnjudged.get(), Double.NaN, u.sPerKm())
                    : judge(rep, activity, model, tt.get(), u));
        }
        SessionSummary summary = new SessionSummary(count(judged, Verdict.OVERCOOKED), count(judged, Verdict.ON_TARGET),
                count(judged, Verdict.SLOW), count(judged, Verdict.UNJUDGED), Fade.sPerKmPerRep(session.reps()),
                Advice.of(judged, allUnjudged), RecoveryCheck.findings(session, tt));
        Optional<DPrimeBalance> balance = Optional.empty();
        if (model instanceof CriticalSpeedModel cs && activity.hasTimeAxis() && !activity.samples().isEmpty()) {
            balance = Optional.of(cs.balance(activity.samples()));
        }
        return new Analysis(session, tt, modelName, judged, summary, balance, List.of(), clock,
                TrialChecks.of(activity, tt, date));
    }

    /** One rep against its rule's band and the Riegel race-pace limit. */
    static JudgedRep judge(Rep rep, Activity activity, TargetModel model, TimeTrial tt, PaceUncertainty u) {
        if (rep.durationS() < MIN_REP_S || rep.distanceM() < MIN_REP_M) {
            return unjudged(rep, u, new VerdictReason.TooShort(rep.durationS(), rep.distanceM(), MIN_REP_S, MIN_REP_M));
        }
        Optional<String> otherSport = sportAt(activity, (rep.startS() + rep.endS()) / 2);
        if (otherSport.isPresent()) {
            return unjudged(rep, u, new VerdictReason.NotARun(otherSport.get()));
        }
        boolean sustained = isSustained(rep);
        TargetBand band = sustained ? ThresholdBand.of(tt, rep.distanceM()) : model.band(rep.distanceM());
        TargetBand shown = RacePaceLimit.apply(band, tt);
        JudgedBy by = new JudgedBy(sustained ? JudgedBy.Rule.THRESHOLD : JudgedBy.Rule.INTERVAL, shown,
                RacePaceLimit.binds(band, tt));
        double pace = PaceUncertainty.paceSPerKm(rep.distanceM(), rep.durationS());
        double race = 1000.0 / RacePaceLimit.raceSpeedMps(tt, rep.distanceM());
        BandCheck check = BandCheck.of(pace, 1000.0 / shown.fastSpeedMps(), 1000.0 / shown.slowSpeedMps(), u.sPerKm());
        VerdictReason reason = switch (check.verdict()) {
            case OVERCOOKED -> pace + u.sPerKm() < race
                    ? new VerdictReason.FasterThanRacePace(by, race, pace - race, u.sPerKm(), tt)
                    : new VerdictReason.OutsideBand(by, check.deltaSPerKm(), u.sPerKm());
            case SLOW -> new VerdictReason.OutsideBand(by, check.deltaSPerKm(), u.sPerKm());
            case ON_TARGET -> new VerdictReason.InsideBand(by, u.sPerKm());
            case UNJUDGED -> new VerdictReason.StraddlesEdge(by, check.edge(), check.gapSPerKm(), u.sPerKm());
        };
        return new JudgedRep(rep, Optional.of(shown), check.verdict(), reason, check.deltaSPerKm(), u.sPerKm());
    }

    /** A tempo block, or a rep too long for any interval rule: judged at threshold. */
    static boolean isSustained(Rep rep) {
        return rep.kind() == RepKind.TEMPO_BLOCK || rep.durationS() >= LONG_REP_S;
    }

    private static JudgedRep unjudged(Rep rep, PaceUncertainty u, VerdictReason reason) {
        return new JudgedRep(rep, Optional.empty(), Verdict.UNJUDGED, reason, Double.NaN, u.sPerKm());
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

    static int count(List<JudgedRep> reps, Verdict v) {
        return (int) reps.stream().filter(j -> j.verdict() == v).count();
    }
}
