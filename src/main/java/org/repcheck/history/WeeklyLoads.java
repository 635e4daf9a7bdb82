package org.repcheck.history;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.repcheck.model.Verdict;

/** ISO weeks of local dates, every week from the first activity's to the last's, empty weeks included. */
final class WeeklyLoads {
    private WeeklyLoads() {
    }

    /** HR anchors: the options' when given (Banister with both), else Edwards on the history's peak 60 s HR. */
    static LoadBasis basis(List<RunDigest> all, HistoryOptions o) {
        if (o.hrMaxBpm().isPresent()) {
            boolean banister = o.hrRestBpm().isPresent();
            return new LoadBasis(banister ? TrimpMethod.BANISTER : TrimpMethod.EDWARDS, o.hrMaxBpm().getAsDouble(),
                    banister ? o.hrRestBpm() : OptionalDouble.empty(), LoadBasis.AnchorSource.GIVEN, Optional.empty());
        }
        RunDigest top = null;
        for (RunDigest d : all) {
            if (d.peakHr60sBpm() > 0 && (top == null || d.peakHr60sBpm() > top.peakHr60sBpm())) {
                top = d;
            }
        }
        if (top == null) {
            return new LoadBasis(TrimpMethod.EDWARDS, Double.NaN, OptionalDouble.empty(), LoadBasis.AnchorSource.NONE,
                    Optional.empty());
        }
        return new LoadBasis(TrimpMethod.EDWARDS, top.peakHr60sBpm(), OptionalDouble.empty(),
                LoadBasis.AnchorSource.HISTORY_PEAK, Optional.of(top.id()));
    }

    static List<WeekLoad> of(List<ClassifiedRun> runs, LoadBasis basis) {
        List<ClassifiedRun> dated = runs.stream().filter(r -> r.digest().localDate().isPresent()).toList();
        List<WeekLoad> out = new ArrayList<>();
        if (dated.isEmpty()) {
            return out;
        }
        LocalDate first = dated.stream().map(r -> r.digest().localDate().get()).min(LocalDate::compareTo).get();
        LocalDate last = dated.stream().map(r -> r.digest().localDate().get()).max(LocalDate::compareTo).get();
        LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            LocalDate from = monday;
            LocalDate to = monday.plusDays(6);
            out.add(week(from, dated.stream().filter(r -> {
                LocalDate d = r.digest().localDate().get();
                return !d.isBefore(from) && !d.isAfter(to);
            }).toList(), basis));
        }
        return out;
    }

    private static WeekLoad week(LocalDate monday, List<ClassifiedRun> in, LoadBasis basis) {
        int runs = 0;
        int other = 0;
        int noHr = 0;
        int over = 0;
        int sessions = 0;
        double dist = 0;
        double moving = 0;
        double trimp = 0;
        for (ClassifiedRun r : in) {
            RunDigest d = r.digest();
            if (d.hrHistogram().totalS() > 0 && basis.hrMaxFrom() != LoadBasis.AnchorSource.NONE) {
                trimp += Trimp.of(d.hrHistogram(), basis);
            }
            if (!d.isRunning()) {
                other++;
                continue;
            }
            runs++;
            dist += Double.isFinite(d.distanceM()) ? d.distanceM() : 0;
            moving += Double.isFinite(d.movingS()) ? d.movingS() : 0;
            noHr += d.hrHistogram().totalS() > 0 ? 0 : 1;
            over += (int) d.reps().stream().filter(x -> x.verdict() == Verdict.OVERCOOKED).count();
            sessions += r.runClass() == RunClass.INTERVAL ? 1 : 0;
        }
        return new WeekLoad(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                monday, runs, dist, moving, trimp, other, noHr, over, sessions);
    }
}
