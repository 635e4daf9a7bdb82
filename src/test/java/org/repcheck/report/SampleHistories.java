package org.repcheck.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.repcheck.history.Baseline;
import org.repcheck.history.BaselineFit;
import org.repcheck.history.Caveat;
import org.repcheck.history.ClassBasis;
import org.repcheck.history.Classification;
import org.repcheck.history.ClassifiedRun;
import org.repcheck.history.CostFinding;
import org.repcheck.history.EfficiencyPoint;
import org.repcheck.history.GroupSession;
import org.repcheck.history.History;
import org.repcheck.history.HistoryOptions;
import org.repcheck.model.HrSource;
import org.repcheck.history.LoadBasis;
import org.repcheck.history.OvercookCost;
import org.repcheck.history.PostRun;
import org.repcheck.history.ResidualInterval;
import org.repcheck.history.RunClass;
import org.repcheck.history.RunDigest;
import org.repcheck.history.RunDigests;
import org.repcheck.history.SessionDelta;
import org.repcheck.history.SessionLabel;
import org.repcheck.history.SkippedRun;
import org.repcheck.history.StructureKey;
import org.repcheck.history.TrialFound;
import org.repcheck.history.TrimpMethod;
import org.repcheck.history.WeekAfter;
import org.repcheck.history.WeekAfterFinding;
import org.repcheck.history.WeekLoad;
import org.repcheck.history.WorkoutGroup;
import org.repcheck.model.TimeTrial;

/**
 * A history built by hand around real digests ({@link RunDigests#of} of {@link SampleAnalyses}' 6 × 400 m session
 * at four dates), so the outputs can be tested on known values whatever the history engine computes: one interval
 * session slower at the same HR over two easy runs, one with not enough easy runs, a group of two 6 × 400 m
 * sessions, two ISO weeks, one TT-like effort.
 */
final class SampleHistories {
    static final String S1 = "20260511-073000-aaaaaa";
    static final String E1 = "20260512-073000-bbbbbb";
    static final String E2 = "20260513-073000-cccccc";
    static final String S2 = "20260518-073000-dddddd";
    static final LocalDate D1 = LocalDate.of(2026, 5, 11);
    static final LocalDate D2 = LocalDate.of(2026, 5, 18);

    private SampleHistories() {
    }

    static RunDigest digest(String id, int daysAfterStart) {
        return RunDigests.of(id, SampleAnalyses.trackSession(id + ".fit",
                SampleAnalyses.START.plus(Duration.ofDays(daysAfterStart)), false));
    }

    static History history() {
        RunDigest s1 = digest(S1, 0);
        RunDigest e1 = digest(E1, 1);
        RunDigest e2 = digest(E2, 2);
        RunDigest s2 = digest(S2, 7);
        List<ClassifiedRun> runs = List.of(
                new ClassifiedRun(s1, new Classification(RunClass.INTERVAL, ClassBasis.REPS_FOUND, 6, 3)),
                new ClassifiedRun(e1, new Classification(RunClass.EASY, ClassBasis.NOTHING_HARD, 0.71, Double.NaN)),
                new ClassifiedRun(e2, new Classification(RunClass.EASY, ClassBasis.NOTHING_HARD, 0.70, Double.NaN)),
                new ClassifiedRun(s2, new Classification(RunClass.INTERVAL, ClassBasis.REPS_FOUND, 6, 3)));
        BaselineFit fit = new BaselineFit(0.5, 0.02, 150, 3.5, 4.2, 2.1);
        Baseline base = new Baseline(List.of("b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8"), 112,
                Optional.of(LocalDate.of(2026, 4, 13)), Optional.of(LocalDate.of(2026, 5, 8)), Optional.of(fit));
        WeekAfter slower = new WeekAfter(S1, D1, Optional.of(SessionLabel.OVERCOOKED),
                WeekAfterFinding.SLOWER_AT_SAME_HR, base,
                List.of(new PostRun(E1, D1.plusDays(1), 1, 31, 12.3, 148, HrSource.WRIST),
                        new PostRun(E2, D1.plusDays(2), 2, 27, 9.1, 147, HrSource.WRIST)),
                List.of(new SkippedRun("t1", D1.plusDays(3), 3, SkippedRun.Reason.TREADMILL)),
                Optional.of(new ResidualInterval(10.7, 6.1, 15.3, 2, 7)), false,
                List.of(Caveat.HEAT_NOT_MEASURED, Caveat.WRIST_HR, Caveat.TREADMILL_EXCLUDED));
        WeekAfter none = new WeekAfter(S2, D2, Optional.empty(), WeekAfterFinding.NOT_ENOUGH_EASY_RUNS, base,
                List.of(), List.of(), Optional.empty(), false, List.of(Caveat.HEAT_NOT_MEASURED));
        OvercookCost cost = new OvercookCost(List.of(S1), List.of(), OptionalDouble.of(10.7), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), 9999, 12L, CostFinding.NOT_ENOUGH_SESSIONS);
        WorkoutGroup group = new WorkoutGroup(new StructureKey(6, StructureKey.Unit.DISTANCE, List.of(400.0)),
                List.of(new GroupSession(S1, D1, s1.reps(), 4.4, 171), new GroupSession(S2, D2, s2.reps(), 4.41, 167)),
                List.of(new SessionDelta(S1, S2, -2.0, -4.0, 7)));
        List<WeekLoad> weeks = List.of(new WeekLoad(2026, 20, D1, 3, 18000, 5400, 210.4, 0, 0, 3, 1),
                new WeekLoad(2026, 21, D2, 1, 6000, 1800, 95.2, 1, 0, 3, 1));
        LoadBasis load = new LoadBasis(TrimpMethod.EDWARDS, 198, OptionalDouble.empty(),
                LoadBasis.AnchorSource.HISTORY_PEAK, Optional.of(S1));
        TimeTrial tt = new TimeTrial(5000, 1200, Optional.of(LocalDate.of(2026, 4, 1)));
        TrialFound trial = new TrialFound(S2, D2, new TimeTrial(3000, 690, Optional.of(D2)),
                new TimeTrial(5000, 1185, Optional.of(D2)), Optional.of(tt), OptionalDouble.of(-15));
        List<EfficiencyPoint> eff = List.of(new EfficiencyPoint(E1, D1.plusDays(1), 3.41, 150, 31, RunClass.EASY, true),
                new EfficiencyPoint(E2, D1.plusDays(2), 3.44, 150, 27, RunClass.EASY, true));
        return new History("", runs, List.of(slower, none), cost, List.of(group), weeks, load, List.of(trial), eff,
                HistoryOptions.defaults());
    }
}
