package org.repcheck.report;

import org.repcheck.model.Activity;
import org.repcheck.model.Analysis;
import org.repcheck.model.JudgedRep;
import org.repcheck.model.Rep;
import org.repcheck.model.Session;
import org.repcheck.model.SessionSummary;
import org.repcheck.model.Verdict;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One workout's report.html: a single self-contained page (charts as data URIs, the stylesheet inline, no link
 * or script from outside) that opens offline and reads on a phone. Header with the session's facts and advice,
 * the reading warnings and detection notes in plain sight, the rep table with recoveries between the reps, then
 * the charts. Safe from any thread.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static String render(Analysis a, Units units, ReportContext ctx) {
        return Templates.render("report.jte", java.util.Map.of("v", view(a, units, ctx),
                "nextSession", ctx.nextSessionHref().orElse("")));
    }

    static ReportView view(Analysis a, Units u, ReportContext ctx) {
        Session s = a.session();
        Activity act = s.activity();
        SessionSummary sum = a.summary();
        Sentences words = new Sentences(u);
        List<ReportView.RepRow> rows = new ArrayList<>();
        for (JudgedRep j : a.reps()) {
            rows.add(row(s, j, u, words));
        }
        String when = Formats.when(act.start(), a.clock());
        // The session's own name ("6 × 400 m", or the export's), on the runner's local date.
        String title = SessionTitle.of(s, ctx.title(), u) + " · " + Words.date(act.start(), a.clock());
        List<String> notes = new ArrayList<>(a.trialFindings().stream().map(words::trialFinding).toList());
        notes.addAll(TextReport.merged(s.notes(), a.notes()));
        return new ReportView(title, ctx.athlete(), ctx.fileName(), ctx.activityId(), when, Formats.sport(act),
                act.device().orElse("unknown"), u.distance(act.distanceM()), Units.clock(act.elapsedS(), 0),
                Units.clock(act.timerS(), 0), Formats.timeTrial(a.timeTrial(), u), a.model(), sourceLabel(s),
                u.paceSuffix(), words.advice(sum.advice()), Formats.adviceClass(a),
                new ReportView.Counts(sum.overcooked(), sum.onTarget(), sum.slow(), sum.unjudged()),
                Formats.fade(sum.fadeSPerKmPerRep(), u), rows, sum.recoveryNotes().stream().map(words::recovery).toList(),
                act.warnings(), notes, new Charts(u).forAnalysis(a),
                DateTimeFormatter.ISO_INSTANT.format(ctx.generatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)),
                ctx.indexHref().orElse(""));
    }

    private static ReportView.RepRow row(Session s, JudgedRep j, Units u, Sentences words) {
        Rep r = j.rep();
        var rec = TextReport.recoveryAfter(s, r.index());
        String basis = Formats.basis(r.basis());
        if (!Double.isNaN(r.measuredDistanceM()) && Math.abs(r.measuredDistanceM() - r.distanceM()) >= 0.5) {
            basis += " · GPS " + Formats.metres(r.measuredDistanceM());
        }
        String uncertainty = new Words(u).plusMinus(j.uncertaintySPerKm());
        return new ReportView.RepRow(r.index(), Formats.metres(r.distanceM()), basis, Units.clock(r.durationS(), 1),
                u.pace(r.speedMps()), Formats.band(j.target(), u), Formats.delta(j, u), cssClass(j.verdict()),
                Formats.verdict(j.verdict()), words.reason(j.reason()), uncertainty, Formats.hr(r.avgHr(), r.maxHr()),
                rec.map(Formats::recoveryWithoutHr).orElse(""),
                rec.filter(x -> !Double.isNaN(x.hrDrop())).map(x -> String.format(Locale.ROOT, "drop %.0f", x.hrDrop()))
                        .orElse(""));
    }

    static String cssClass(Verdict v) {
        return v.label().replace('_', '-');
    }

    private static String sourceLabel(Session s) {
        return switch (s.source()) {
            case WORKOUT -> "workout steps";
            case LAPS -> "device laps";
            case SIGNAL -> "speed signal";
            case NONE -> "none found";
        };
    }
}
