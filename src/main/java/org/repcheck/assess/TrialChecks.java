package org.repcheck.assess;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.repcheck.model.Activity;
import org.repcheck.model.Channel;
import org.repcheck.model.TimeTrial;
import org.repcheck.model.TrialFinding;
import org.repcheck.targets.BestEffort;
import org.repcheck.targets.Riegel;
import org.repcheck.targets.TargetException;

/**
 * Is the TT in force still the runner? Two checks on each input: the TT is older than {@value #STALE_DAYS} days
 * (12 weeks: a training block, after which fitness has moved) at the workout's local date; or the input itself holds
 * a best {@value #EFFORT_M} m effort faster than the TT predicts over that distance (Riegel), which implies a
 * faster TT. A silent old TT judges every rep against the wrong band.
 */
public final class TrialChecks {
    static final long STALE_DAYS = 84;
    static final double EFFORT_M = 5000;
    /** An effort must beat the prediction by this much to count: Riegel and GPS are not better than a few seconds. */
    static final double MARGIN_S = 5;
    /**
     * An effort more than this much faster (speed ratio) than predicted is not a fitter runner but a GPS glitch or a
     * ride filed as a run (the corpus has a cycling FIT labelled running with a "5 km in 11:53").
     */
    static final double MAX_CREDIBLE_GAIN = 1.25;

    private TrialChecks() {
    }

    public static List<TrialFinding> of(Activity activity, Optional<TimeTrial> tt, Optional<LocalDate> date) {
        List<TrialFinding> out = new ArrayList<>();
        if (tt.isEmpty()) {
            return out;
        }
        TimeTrial t = tt.get();
        if (t.date().isPresent() && date.isPresent()) {
            long age = ChronoUnit.DAYS.between(t.date().get(), date.get());
            if (age > STALE_DAYS) {
                out.add(new TrialFinding.Stale(t, date.get(), age, STALE_DAYS));
            }
        }
        fasterEffort(activity, t, date).ifPresent(out::add);
        return out;
    }

    private static Optional<TrialFinding> fasterEffort(Activity a, TimeTrial tt, Optional<LocalDate> date) {
        // A plain run only: a multisport file's best 5 km may be on the bike.
        if (!a.sport().equals("running") || a.segments().size() > 1 || !a.hasTimeAxis()
                || !a.samples().has(Channel.DISTANCE) || !(a.distanceM() >= EFFORT_M)) {
            return Optional.empty();
        }
        TimeTrial best;
        try {
            best = BestEffort.of(a, OptionalDouble.of(EFFORT_M));
        } catch (TargetException e) {
            return Optional.empty();
        }
        double predicted = Riegel.predictTimeS(tt, EFFORT_M);
        if (!(best.timeS() < predicted - MARGIN_S) || predicted / best.timeS() > MAX_CREDIBLE_GAIN) {
            return Optional.empty();
        }
        TimeTrial effort = new TimeTrial(EFFORT_M, best.timeS(), date);
        TimeTrial implied = new TimeTrial(tt.distanceM(), Riegel.predictTimeS(EFFORT_M, best.timeS(), tt.distanceM()), date);
        return Optional.of(new TrialFinding.FasterEffort(effort, predicted, tt, implied));
    }
}
