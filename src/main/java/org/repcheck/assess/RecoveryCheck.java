package org.repcheck.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.repcheck.model.Recovery;
import org.repcheck.model.RecoveryFinding;
import org.repcheck.model.RecoveryFinding.Kind;
import org.repcheck.model.RecoveryFinding.WorkPace;
import org.repcheck.model.Rep;
import org.repcheck.model.RepKind;
import org.repcheck.model.Session;
import org.repcheck.model.TimeTrial;
import org.repcheck.targets.Riegel;

/**
 * Recovery adequacy (docs/science.md §6, Daniels). Each rep is first classed by its own pace against the runner's Riegel
 * race paces from the TT in force — R (faster than the 2 km race pace, between mile and 3 km pace), I (down to the
 * 10 km race pace), T (slower, or a tempo block) — and only then is a rule quoted: after R work 2–3× the work, after
 * I work no longer than the work, after T work (cruise intervals) about 1 min per 5 min. Without a TT the class
 * falls back to the rep's length (up to 600 m R, tempo blocks and reps of 5.5 min or more T, else I).
 *
 * <p>A recovery is flagged as cut short only when the next rep then slowed — a short recovery the runner coped with
 * is the runner's business — and as too long when it exceeds the rule. A recovery in which HR rose is not a
 * recovery (a climb, a surge): nothing is said about it.
 */
public final class RecoveryCheck {
    /** A next rep this much slower (s/km) than the one before counts as slowed. */
    static final double SLOWED_S_PER_KM = 2.0;
    static final double R_PACE_MAX_M = 600;
    /** Slack on "no longer than the rep" before flagging, so a 3:05 jog after a 3:00 rep is not nagged. */
    static final double I_LONG_SLACK = 1.25;
    static final double R_SPLIT_M = 2000;
    static final double T_SPLIT_M = 10000;

    private RecoveryCheck() {
    }

    public static List<RecoveryFinding> findings(Session session, Optional<TimeTrial> tt) {
        List<RecoveryFinding> out = new ArrayList<>();
        List<Rep> reps = session.reps();
        for (Recovery r : session.recoveries()) {
            Optional<Rep> before = find(reps, r.afterRep());
            if (before.isEmpty() || r.hrDrop() < 0) {
                continue;
            }
            Rep rep = before.get();
            Optional<Rep> next = find(reps, r.afterRep() + 1);
            WorkPace work = classify(rep, tt);
            double w = rep.durationS();
            double slowed = next.map(n -> pace(n) - pace(rep)).orElse(Double.NaN);
            boolean cutShort = switch (work) {
                case R -> r.durationS() < 2 * w;
                case I -> r.durationS() < w;
                case T -> false;
            };
            boolean tooLong = switch (work) {
                case R -> r.durationS() > 3 * w + 15;
                case I -> r.durationS() > I_LONG_SLACK * w;
                case T -> r.durationS() > Math.max(90, 2 * w / 5);
            };
            if (cutShort && next.isPresent() && slowed >= SLOWED_S_PER_KM) {
                out.add(new RecoveryFinding(r.afterRep(), r.durationS(), w, Kind.CUT_SHORT, work, r.hrDrop(),
                        OptionalInt.of(next.get().index()), slowed));
            } else if (!cutShort && tooLong) {
                out.add(new RecoveryFinding(r.afterRep(), r.durationS(), w, Kind.TOO_LONG, work, r.hrDrop(),
                        OptionalInt.empty(), Double.NaN));
            }
        }
        return out;
    }

    /** The kind of work a rep was, by its pace against the runner's race paces (or its length without a TT). */
    static WorkPace classify(Rep rep, Optional<TimeTrial> tt) {
        if (rep.kind() == RepKind.TEMPO_BLOCK) {
            return WorkPace.T;
        }
        if (tt.isEmpty()) {
            return rep.distanceM() <= R_PACE_MAX_M ? WorkPace.R
                    : rep.durationS() >= Assessor.LONG_REP_S ? WorkPace.T : WorkPace.I;
        }
        double speed = rep.speedMps();
        if (speed >= Riegel.raceSpeedMps(tt.get(), R_SPLIT_M)) {
            return WorkPace.R;
        }
        return speed >= Riegel.raceSpeedMps(tt.get(), T_SPLIT_M) ? WorkPace.I : WorkPace.T;
    }

    private static double pace(Rep r) {
        return PaceUncertainty.paceSPerKm(r.distanceM(), r.durationS());
    }

    private static Optional<Rep> find(List<Rep> reps, int index) {
        return reps.stream().filter(r -> r.index() == index).findFirst();
    }
}
