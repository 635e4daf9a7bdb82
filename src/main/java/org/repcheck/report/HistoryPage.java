package org.repcheck.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.repcheck.history.ClassifiedRun;
import org.repcheck.history.EfficiencyPoint;
import org.repcheck.history.GroupSession;
import org.repcheck.history.History;
import org.repcheck.history.PostRun;
import org.repcheck.history.RunClass;
import org.repcheck.history.SkippedRun;
import org.repcheck.history.WeekAfter;
import org.repcheck.history.WeekLoad;
import org.repcheck.history.WorkoutGroup;

/**
 * A {@link History} as the history page shows it ({@link HistoryView}): the five parts in words and the four
 * charts. Links to the runs' reports are {@code prefix + id + "/report.html"} — the run's id is its report folder —
 * or none when there are no reports ({@code repcheck history}). Safe from any thread.
 */
public final class HistoryPage {
    private final Units units;
    private final HistoryWords words;
    private final boolean links;

    /** @param links whether the runs have reports beside the page to link (analyze) or not (history) */
    public HistoryPage(Units units, boolean links) {
        this.units = units;
        this.words = new HistoryWords(units);
        this.links = links;
    }

    /** The report of run {@code id} seen from a page in the batch folder ("" for "", "../" from a report). */
    String href(String prefix, String id) {
        return links ? prefix + id + "/report.html" : "";
    }

    /** The history section of the index (or an athlete's page), charts included. */
    public HistoryView view(History h) {
        return view(h, true);
    }

    /** The same, without drawing the charts (the terminal has no use for them). */
    public HistoryView view(History h, boolean withCharts) {
        Map<String, ClassifiedRun> runs = byId(h);
        List<HistoryView.RunRow> rows = new ArrayList<>();
        EnumMap<RunClass, Integer> counts = new EnumMap<>(RunClass.class);
        for (ClassifiedRun r : h.runs()) {
            rows.add(new HistoryView.RunRow(r.id(), Words.date(r.digest().start(), r.digest().clock()),
                    r.digest().file(), href("", r.id()), HistoryWords.label(r.runClass()),
                    HistoryWords.code(r.runClass()), words.basis(r.classification(), r.digest())));
            counts.merge(r.runClass(), 1, Integer::sum);
        }
        List<String> classCounts = counts.entrySet().stream()
                .map(e -> e.getValue() + " " + HistoryWords.label(e.getKey())).toList();
        List<HistoryView.WeekAfterBox> boxes = h.weekAfters().stream().map(w -> box(w, runs, "")).toList();
        String hrMaxFile = h.load().hrMaxRunId().map(id -> Optional.ofNullable(runs.get(id))
                .map(r -> r.digest().file()).orElse(id)).orElse("");
        return new HistoryView(h.athlete(), anchor(h.athlete()), span(h), rows, classCounts, boxes,
                words.overcook(h.cost()), groups(h, runs), weeks(h), HistoryWords.load(h.load(), hrMaxFile),
                trials(h), withCharts ? charts(h) : List.of());
    }

    /** The section's id: "history", or "history-alex" for a named athlete. */
    public static String anchor(String athlete) {
        String slug = athlete.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "history" : "history-" + slug;
    }

    /** "129 runs · 2024-07-27 – 2025-04-19 · 38 weeks". */
    static String span(History h) {
        long running = h.runs().stream().filter(r -> r.digest().isRunning()).count();
        String dates = h.weeks().isEmpty() ? "undated" : h.weeks().get(0).monday() + " – "
                + h.weeks().get(h.weeks().size() - 1).monday().plusDays(6);
        return running + " runs of " + h.runs().size() + " activities · " + dates + " · " + h.weeks().size() + " weeks";
    }

    /** The week after one session as its box; {@code prefix} places the links ("" on the index, "../" in a report). */
    public HistoryView.WeekAfterBox box(WeekAfter w, Map<String, ClassifiedRun> runs, String prefix) {
        ClassifiedRun session = runs.get(w.sessionId());
        String title = session == null ? w.sessionId() : session.digest().structure().map(HistoryWords::structure)
                .map(s -> s + " · " + file(runs, w.sessionId())).orElse(file(runs, w.sessionId()));
        List<HistoryView.Link> used = new ArrayList<>();
        for (PostRun p : w.postRuns()) {
            used.add(new HistoryView.Link(words.postRun(p, file(runs, p.id())), href(prefix, p.id())));
        }
        for (SkippedRun s : w.skipped()) {
            used.add(new HistoryView.Link(HistoryWords.skipped(s, file(runs, s.id())), href(prefix, s.id())));
        }
        List<String> caveats = w.caveats().stream().map(HistoryWords::caveat).collect(Collectors.toList());
        return new HistoryView.WeekAfterBox(w.sessionId(), w.sessionDate().toString(), title,
                href(prefix, w.sessionId()), HistoryWords.code(w.finding()), HistoryWords.finding(w.finding()),
                HistoryWords.findingClass(w.finding()), words.statement(w), w.interval().isPresent(), used,
                words.baseline(w.baseline()), words.intervalLine(w), caveats);
    }

    private static String file(Map<String, ClassifiedRun> runs, String id) {
        ClassifiedRun r = runs.get(id);
        return r == null ? id : HistoryWords.fileName(r.digest().file());
    }

    /** Runs by id, for the parts that point at runs. */
    public static Map<String, ClassifiedRun> byId(History h) {
        Map<String, ClassifiedRun> m = new LinkedHashMap<>();
        h.runs().forEach(r -> m.put(r.id(), r));
        return m;
    }

    private List<HistoryView.Group> groups(History h, Map<String, ClassifiedRun> runs) {
        List<HistoryView.Group> out = new ArrayList<>();
        for (WorkoutGroup g : h.groups()) {
            List<HistoryView.GroupSession> sessions = new ArrayList<>();
            for (GroupSession s : g.sessions()) {
                String change = g.deltas().stream().filter(d -> d.toId().equals(s.id())).findFirst()
                        .map(words::change).orElse("");
                sessions.add(new HistoryView.GroupSession(s.date() + " · " + file(runs, s.id()), href("", s.id()),
                        s.reps().stream().map(words::rep).toList(), change));
            }
            out.add(new HistoryView.Group(HistoryWords.structure(g.key()), sessions));
        }
        return out;
    }

    private List<HistoryView.Week> weeks(History h) {
        return h.weeks().stream().map(w -> new HistoryView.Week(week(w), w.runs(), units.distance(w.distanceM()),
                Units.clock(w.movingS(), 0), Double.isFinite(w.trimp()) ? String.valueOf(Math.round(w.trimp())) : "–",
                w.overcookedReps())).toList();
    }

    static String week(WeekLoad w) {
        return String.format(Locale.ROOT, "%d-W%02d", w.isoYear(), w.isoWeek());
    }

    private List<HistoryView.Trial> trials(History h) {
        return h.trials().stream().map(t -> new HistoryView.Trial(t.date().toString(), href("", t.id()),
                HistoryWords.effort(t), HistoryWords.implied(t), HistoryWords.against(t))).toList();
    }

    /** Weekly load, the same workout over time, efficiency with the hard sessions marked, the week-after findings. */
    List<Charts.ChartImage> charts(History h) {
        HistoryCharts c = new HistoryCharts(units);
        List<Charts.ChartImage> out = new ArrayList<>();
        c.weeklyLoad(h.weeks().stream().map(w -> new HistoryCharts.WeekBar(w.monday(), w.distanceM(), w.trimp()))
                .toList(), h.load().method() == org.repcheck.history.TrimpMethod.EDWARDS ? "Edwards TRIMP"
                : "Banister TRIMP").ifPresent(out::add);
        c.sameWorkout(h.groups().stream().map(g -> new HistoryCharts.GroupLine(HistoryWords.structure(g.key()),
                g.sessions().stream().map(s -> new HistoryCharts.GroupPoint(s.date(),
                        Units.secondsPerKm(s.meanSpeedMps()))).toList())).toList())
                .ifPresent(out::add);
        List<HistoryCharts.EfficiencyPoint> eff = new ArrayList<>();
        for (EfficiencyPoint p : h.efficiency()) {
            eff.add(new HistoryCharts.EfficiencyPoint(p.date(), Units.secondsPerKm(p.speedAtRefHrMps()),
                    p.afterHardSession()));
        }
        List<java.time.LocalDate> hard = h.runs().stream().filter(r -> r.runClass().isHard())
                .flatMap(r -> r.digest().localDate().stream()).toList();
        String ref = h.efficiency().isEmpty() ? "" : String.format(Locale.ROOT, "HR %.0f bpm",
                h.efficiency().get(0).refHrBpm());
        c.efficiency(eff, hard, ref).ifPresent(out::add);
        c.weekAfter(h.weekAfters().stream().filter(w -> w.interval().isPresent())
                .map(w -> new HistoryCharts.FindingPoint(w.sessionDate(), w.interval().get().meanSPerKm(),
                        w.interval().get().lowSPerKm(), w.interval().get().highSPerKm(),
                        w.baseline().fit().map(f -> f.swcSPerKm()).orElse(Double.NaN))).toList())
                .ifPresent(out::add);
        return out;
    }
}
