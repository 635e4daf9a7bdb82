package org.repcheck.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.repcheck.model.Recovery;
import org.repcheck.model.Rep;
import org.repcheck.model.Session;
import org.repcheck.report.Units;

/**
 * Recovery adequacy (docs/science.md §6, Daniels): I-pace recoveries no longer than the work bout, R-pace recoveries
 * 2–3× the work. A recovery is flagged as cut short only when the next rep then slowed — a short recovery the
 * runner coped with is the runner's business — and as too long when it exceeds the guide. Reps up to 600 m count as
 * R-pace work, longer ones as I-pace (Daniels' split; 800 m goes with the I reps here).
 */
public final class RecoveryCheck {
    /** A next rep this much slower (s/km) than the one before counts as slowed. */
    static final double SLOWED_S_PER_KM = 2.0;
    static final double R_PACE_MAX_M = 600;
    /** Slack on "no longer than the rep" before flagging, so a 3:05 jog after a 3:00 rep is not nagged. */
    static final double I_LONG_SLACK = 1.25;

    private RecoveryCheck() {
    }

    public static List<String> notes(Session session, Units units) {
        List<String> notes = new ArrayList<>();
        List<Rep> reps = session.reps();
        for (Recovery r : session.recoveries()) {
            Rep before = find(reps, r.afterRep());
            if (before == null) {
                continue;
            }
            Rep next = find(reps, r.afterRep() + 1);
            double work = before.durationS();
            boolean rPace = before.distanceM() <= R_PACE_MAX_M;
            double shortBelow = rPace ? 2 * work : work;
            String hr = Double.isFinite(r.hrDrop()) ? String.format(Locale.ROOT, " (HR fell %.0f bpm)", r.hrDrop()) : "";
            String head = "recovery after rep " + r.afterRep() + " was " + Wording.duration(r.durationS());
            if (r.durationS() < shortBelow && next != null) {
                double slowed = pace(next) - pace(before);
                if (slowed >= SLOWED_S_PER_KM) {
                    String guide = rPace
                            ? ", under twice the " + Wording.duration(work) + " rep (R-pace reps want 2–3×)"
                            : ", shorter than the " + Wording.duration(work) + " rep";
                    notes.add(head + guide + hr + ", and rep " + next.index() + " slowed by "
                            + Wording.wholeGap(units, slowed) + " s" + units.paceSuffix());
                }
            } else if (!rPace && r.durationS() > I_LONG_SLACK * work) {
                notes.add(head + ", longer than the " + Wording.duration(work)
                        + " rep: I-pace recoveries should be no longer than the rep" + hr);
            } else if (rPace && r.durationS() > 3 * work + 15) {
                notes.add(head + ", more than 3× the " + Wording.duration(work)
                        + " rep: R-pace recoveries of 2–3× the rep are enough" + hr);
            }
        }
        return notes;
    }

    private static double pace(Rep r) {
        return 1000.0 * r.durationS() / r.distanceM();
    }

    private static Rep find(List<Rep> reps, int index) {
        for (Rep r : reps) {
            if (r.index() == index) {
                return r;
            }
        }
        return null;
    }
}
