package org.repcheck.report;

import java.util.List;
import org.repcheck.history.History;

/**
 * {@code repcheck history} on a terminal: the five parts of each athlete's history as plain text, worded by the same
 * {@link HistoryPage} view the page shows, so text and page say the same.
 */
public final class HistoryText {
    private HistoryText() {
    }

    public static String render(History h, Units units) {
        HistoryView v = new HistoryPage(units, false).view(h, false);
        StringBuilder sb = new StringBuilder();
        sb.append(v.named() ? v.athlete() + ": " : "").append("training history — ").append(v.span()).append("\n\n");
        sb.append("1. Every run classified (").append(String.join(", ", v.classCounts())).append(")\n");
        for (HistoryView.RunRow r : v.runs()) {
            sb.append("  ").append(r.date()).append("  ").append(pad(r.runClass(), 19)).append(r.file())
                    .append(" — ").append(r.basis()).append('\n');
        }
        sb.append("\n2. The week after each interval session\n");
        if (v.weekAfters().isEmpty()) {
            sb.append("  No interval session was found.\n");
        }
        for (HistoryView.WeekAfterBox b : v.weekAfters()) {
            sb.append("  ").append(b.sessionDate()).append("  ").append(b.sessionTitle()).append('\n');
            sb.append("    ").append(b.finding()).append(' ').append(b.statement()).append('\n');
            for (HistoryView.Link l : b.runsUsed()) {
                sb.append("    run: ").append(l.text()).append('\n');
            }
            sb.append("    baseline: ").append(b.baseline()).append('\n');
            sb.append("    90 % interval: ").append(b.interval()).append('\n');
            sb.append("    caveats: ").append(b.caveats().isEmpty() ? "none found" : String.join("; ", b.caveats()))
                    .append('\n');
        }
        sb.append("  ").append(v.overcook()).append('\n');
        sb.append("\n3. The same workout over time\n");
        if (v.groups().isEmpty()) {
            sb.append("  No workout structure was run more than once.\n");
        }
        for (HistoryView.Group g : v.groups()) {
            sb.append("  ").append(g.structure()).append('\n');
            for (HistoryView.GroupSession s : g.sessions()) {
                sb.append("    ").append(s.date()).append(s.change().isEmpty() ? "" : " — " + s.change()).append('\n');
                sb.append("      ").append(String.join("; ", s.reps())).append('\n');
            }
        }
        sb.append("\n4. Weekly load — ").append(v.loadNote()).append('\n');
        sb.append(String.format("  %-9s %5s %11s %9s %6s %11s%n", "week", "runs", "distance", "time", "load",
                "overcooked"));
        for (HistoryView.Week w : v.weeks()) {
            sb.append(String.format("  %-9s %5d %11s %9s %6s %11d%n", w.week(), w.runs(), w.distance(), w.time(),
                    w.load(), w.overcooked()));
        }
        sb.append("\n5. Time trials\n");
        if (v.trials().isEmpty()) {
            sb.append("  No race or time-trial-like effort was found.\n");
        }
        for (HistoryView.Trial t : v.trials()) {
            sb.append("  ").append(t.date()).append(": ").append(t.effort()).append(", which implies ")
                    .append(t.implied()).append("; ").append(t.against()).append('\n');
        }
        return sb.toString();
    }

    /** Every history, one after another. */
    public static String render(List<History> histories, Units units) {
        StringBuilder sb = new StringBuilder();
        for (History h : histories) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(render(h, units));
        }
        return sb.toString();
    }

    private static String pad(String s, int n) {
        return s.length() >= n ? s + " " : s + " ".repeat(n - s.length());
    }
}
