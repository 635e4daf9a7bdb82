package org.repcheck.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.repcheck.model.Analysis;
import org.repcheck.model.JudgedRep;
import org.repcheck.model.Rep;

/**
 * reps.csv: one row per rep across the whole batch, for a coach's spreadsheet — the same RFC 4180 rules and SI
 * units as summary.csv (docs/csv.md). A file contributes its rows as soon as it is judged, so the batch keeps only
 * these short lines, not the analyses.
 */
public final class RepsCsv {
    static final List<String> HEADER = List.of("file", "activity_id", "athlete", "rep", "start", "start_s",
            "duration_s", "distance_m", "measured_distance_m", "distance_basis", "pace_s_per_km",
            "target_fast_s_per_km", "target_slow_s_per_km", "verdict", "delta_s_per_km", "uncertainty_s_per_km",
            "avg_hr", "max_hr");

    private RepsCsv() {
    }

    /** The header line, CRLF-terminated. */
    public static String header() {
        StringBuilder sb = new StringBuilder();
        SummaryCsv.line(sb, HEADER);
        return sb.toString();
    }

    /** This analysis's rows, each CRLF-terminated ("" for a session without reps). */
    public static String rows(String file, String activityId, String athlete, Analysis a) {
        StringBuilder sb = new StringBuilder();
        Optional<Instant> start = a.session().activity().start();
        for (JudgedRep j : a.reps()) {
            Rep r = j.rep();
            List<String> f = new ArrayList<>(HEADER.size());
            f.add(file);
            f.add(activityId);
            f.add(athlete);
            f.add(Integer.toString(r.index()));
            f.add(start.map(t -> Json.instant(JsonReport.plusSeconds(t, r.startS()))).orElse(""));
            f.add(tenths(r.startS()));
            f.add(tenths(r.durationS()));
            f.add(tenths(r.distanceM()));
            f.add(tenths(r.measuredDistanceM()));
            f.add(r.basis().label());
            f.add(tenths(Units.secondsPerKm(r.speedMps())));
            f.add(j.target().map(b -> tenths(Units.secondsPerKm(b.fastSpeedMps()))).orElse(""));
            f.add(j.target().map(b -> tenths(Units.secondsPerKm(b.slowSpeedMps()))).orElse(""));
            f.add(j.verdict().label());
            f.add(tenths(j.deltaSPerKm()));
            f.add(tenths(j.uncertaintySPerKm()));
            f.add(whole(r.avgHr()));
            f.add(whole(r.maxHr()));
            SummaryCsv.line(sb, f);
        }
        return sb.toString();
    }

    private static String tenths(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : "";
    }

    private static String whole(double v) {
        return Double.isFinite(v) ? Long.toString(Math.round(v)) : "";
    }
}
