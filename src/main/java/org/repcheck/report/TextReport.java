package org.repcheck.report;

import org.repcheck.model.Activity;
import org.repcheck.model.Analysis;
import org.repcheck.model.JudgedRep;
import org.repcheck.model.Recovery;
import org.repcheck.model.Rep;
import org.repcheck.model.Session;
import org.repcheck.model.SessionSummary;
import org.repcheck.model.Verdict;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code inspect}, {@code reps} and {@code judge} print without {@code --json}: short headers and tables a
 * runner reads at a glance, paces in the chosen units, OVERCOOKED in capitals with a marker, the advice last.
 * Each method returns the block for one file, ending in a newline.
 */
public final class TextReport {
    private TextReport() {
    }

    public static String inspect(Activity a, Units u) {
        StringBuilder sb = new StringBuilder();
        sb.append(a.source()).append('\n');
        kv(sb, "format", a.format().label());
        kv(sb, "sport", Formats.sport(a));
        kv(sb, "start", Formats.when(a));
        kv(sb, "elapsed", Units.clock(a.elapsedS(), 0) + " (timer " + Units.clock(a.timerS(), 0) + ")");
        kv(sb, "distance", u.distance(a.distanceM()));
        kv(sb, "samples", a.samples().size() + ", laps " + a.laps().size() + ", workout steps " + a.workoutSteps().size());
        kv(sb, "heart rate", a.hasHeartRate() ? "yes" : "no");
        kv(sb, "GPS", a.hasGps() ? "yes" : "no");
        kv(sb, "device", a.device().orElse("unknown"));
        for (String w : a.warnings()) {
            kv(sb, "warning", w);
        }
        return sb.toString();
    }

    /** One line for a file that could not be read. */
    public static String error(String file, String error) {
        return file + ": " + error + "\n";
    }

    public static String reps(Session s, Units u) {
        StringBuilder sb = header(s.activity(), u);
        sb.append("reps from: ").append(s.source().label()).append('\n');
        if (s.reps().isEmpty()) {
            sb.append("no reps found\n");
        } else {
            TextTable t = new TextTable(List.of("#", "distance", "time", "pace" + u.paceSuffix(), "HR"),
                    true, false, true, true, true);
            for (Rep r : s.reps()) {
                t.row(Integer.toString(r.index()), Formats.repDistance(r), Units.clock(r.durationS(), 1),
                        u.pace(r.speedMps()), Formats.hr(r.avgHr(), r.maxHr()));
                recoveryAfter(s, r.index()).ifPresent(rec -> t.note("     " + Formats.recovery(rec, u)));
            }
            sb.append('\n').append(t.render(""));
        }
        lines(sb, "note", s.notes());
        lines(sb, "warning", s.activity().warnings());
        return sb.toString();
    }

    public static String judge(Analysis a, Units u) {
        Session s = a.session();
        Sentences words = new Sentences(u);
        StringBuilder sb = header(s.activity(), Formats.when(s.activity().start(), a.clock()), u);
        sb.append("time trial: ").append(Formats.timeTrial(a.timeTrial(), u)).append(" · model: ").append(a.model())
                .append(" · reps from: ").append(s.source().label()).append('\n');
        if (a.reps().isEmpty()) {
            sb.append("no reps found\n");
        } else {
            TextTable t = new TextTable(List.of("#", "distance", "time", "pace" + u.paceSuffix(),
                    "band" + u.paceSuffix(), "delta s", "verdict", "HR", "why"),
                    true, false, true, true, false, true, false, true, false);
            for (JudgedRep j : a.reps()) {
                Rep r = j.rep();
                t.row(Integer.toString(r.index()), Formats.repDistance(r), Units.clock(r.durationS(), 1),
                        u.pace(r.speedMps()), Formats.band(j.target(), u), Formats.delta(j, u), verdict(j.verdict()),
                        Formats.hr(r.avgHr(), r.maxHr()), words.reason(j.reason()));
                recoveryAfter(s, r.index()).ifPresent(rec -> t.note("     " + Formats.recovery(rec, u)));
            }
            sb.append('\n').append(t.render(""));
        }
        SessionSummary sum = a.summary();
        sb.append('\n').append(String.format(Locale.ROOT, "summary: %d overcooked, %d on target, %d slow, %d unjudged",
                sum.overcooked(), sum.onTarget(), sum.slow(), sum.unjudged()));
        if (!Double.isNaN(sum.fadeSPerKmPerRep())) {
            sb.append(" · fade ").append(Formats.fade(sum.fadeSPerKmPerRep(), u));
        }
        sb.append('\n');
        lines(sb, "recovery", sum.recoveryNotes().stream().map(words::recovery).toList());
        lines(sb, "time trial", a.trialFindings().stream().map(words::trialFinding).toList());
        lines(sb, "note", merged(s.notes(), a.notes()));
        lines(sb, "warning", s.activity().warnings());
        sb.append("advice: ").append(words.advice(sum.advice())).append('\n');
        return sb.toString();
    }

    /** OVERCOOKED stands out in a column of lower-case words, even without colour. */
    private static String verdict(Verdict v) {
        return v == Verdict.OVERCOOKED ? "OVERCOOKED !" : Formats.verdict(v);
    }

    private static StringBuilder header(Activity a, Units u) {
        return header(a, Formats.when(a), u);
    }

    private static StringBuilder header(Activity a, String when, Units u) {
        StringBuilder sb = new StringBuilder();
        sb.append(a.source()).append(" · ").append(when).append(" · ").append(Formats.sport(a))
                .append(" · ").append(u.distance(a.distanceM())).append(" · ").append(Units.clock(a.elapsedS(), 0))
                .append('\n');
        return sb;
    }

    static Optional<Recovery> recoveryAfter(Session s, int repIndex) {
        return s.recoveries().stream().filter(r -> r.afterRep() == repIndex).findFirst();
    }

    static List<String> merged(List<String> a, List<String> b) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static void kv(StringBuilder sb, String key, String value) {
        sb.append(String.format(Locale.ROOT, "  %-11s %s%n", key, value));
    }

    private static void lines(StringBuilder sb, String label, List<String> items) {
        for (String i : items) {
            sb.append(label).append(": ").append(i).append('\n');
        }
    }
}
