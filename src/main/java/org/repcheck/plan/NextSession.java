package org.repcheck.plan;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.repcheck.model.Analysis;
import org.repcheck.targets.TargetException;
import org.repcheck.targets.TargetPlan;

/**
 * The session just analysed, to be run again: its structure ({@link SessionShape}) with the bands in force for
 * it — the same bands its report judged against — as the watch's pace alerts. Only for an interval session of a
 * run with a time trial in force; anything else has no next session to offer.
 */
public final class NextSession {
    private NextSession() {
    }

    public static Optional<WorkoutPlan> of(Analysis a, TargetPlan targets) {
        if (!a.session().activity().isRunning() || a.timeTrial().isEmpty()) {
            return Optional.empty();
        }
        Optional<SessionSpec> shape = SessionShape.of(a.session());
        if (shape.isEmpty()) {
            return Optional.empty();
        }
        // The date the Assessor judged this session on, so the alerts are the bands of its report.
        Optional<LocalDate> date = a.session().activity().start().map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC));
        try {
            BandsInForce bands = BandsInForce.of(targets, date);
            return Optional.of(WorkoutBuilder.build(shape.get(), bands, PlanOptions.DEFAULTS));
        } catch (TargetException e) {
            return Optional.empty();
        }
    }
}
