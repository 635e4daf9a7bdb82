package org.repcheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.repcheck.history.Baseline;
import org.repcheck.history.ClassifiedRun;
import org.repcheck.history.EfficiencyPoint;
import org.repcheck.history.GroupSession;
import org.repcheck.history.History;
import org.repcheck.history.OvercookCost;
import org.repcheck.history.PostRun;
import org.repcheck.history.RepDigest;
import org.repcheck.history.RunDigest;
import org.repcheck.history.SessionDelta;
import org.repcheck.history.SkippedRun;
import org.repcheck.history.StructureKey;
import org.repcheck.history.TrialFound;
import org.repcheck.history.WeekAfter;
import org.repcheck.history.WeekLoad;
import org.repcheck.history.WorkoutGroup;
import org.repcheck.model.TimeTrial;

/**
 * The histories as JSON (docs/json.md, "history.json and history --json"): every number the page shows and those it
 * only words, SI with paces in s/km, snake_case, codes beside the sentences (sentences are for people; scripts branch
 * on the codes). {@code analyze} writes it as DIR/history.json and {@code history --json} prints it: one builder, so
 * the two agree number for number. Stateless.
 */
public final class HistoryJson {
    private static final HistoryWords WORDS = new HistoryWords(Units.METRIC);

    private HistoryJson() {
    }

    /** The document: {@code {schema_version, histories: [...]}}, one history per athlete. */
    public static ObjectNode document(List<History> histories, boolean withReports) {
        ObjectNode o = Json.document();
        ArrayNode a = o.putArray("histories");
        histories.forEach(h -> a.add(history(h, withReports)));
        return o;
    }

    static ObjectNode history(History h, boolean withReports) {
        ObjectNode o = Json.NODES.objectNode();
        o.put("athlete", h.athlete());
        ArrayNode runs = o.putArray("runs");
        h.runs().forEach(r -> runs.add(run(r, withReports)));
        ArrayNode was = o.putArray("week_after");
        h.weekAfters().forEach(w -> was.add(weekAfter(w)));
        o.set("overcook_cost", cost(h.cost()));
        ArrayNode groups = o.putArray("workouts");
        h.groups().forEach(g -> groups.add(group(g)));
        ObjectNode load = o.putObject("load");
        load.put("method", h.load().method().name().toLowerCase(Locale.ROOT));
        Json.putWhole(load, "hr_max_bpm", h.load().hrMaxBpm());
        optional(load, "hr_rest_bpm", h.load().hrRestBpm(), 1);
        load.put("hr_max_from", h.load().hrMaxFrom().name().toLowerCase(Locale.ROOT));
        putString(load, "hr_max_run", h.load().hrMaxRunId());
        ArrayNode weeks = o.putArray("weeks");
        h.weeks().forEach(w -> weeks.add(week(w)));
        ArrayNode trials = o.putArray("trials");
        h.trials().forEach(t -> trials.add(trial(t)));
        ArrayNode eff = o.putArray("efficiency");
        h.efficiency().forEach(p -> eff.add(efficiency(p)));
        return o;
    }

    private static ObjectNode run(ClassifiedRun r, boolean withReports) {
        RunDigest d = r.digest();
        ObjectNode o = Json.NODES.objectNode();
        o.put("id", d.id());
        o.put("file", d.file());
        Json.putInstant(o, "start", d.start());
        putDate(o, "local_date", d.localDate());
        o.put("sport", d.sport());
        o.put("sub_sport", d.subSport());
        o.put("class", HistoryWords.code(r.runClass()));
        o.put("basis", r.classification().basis().name().toLowerCase(Locale.ROOT));
        Json.putRounded(o, "basis_value", r.classification().value(), 1000);
        Json.putRounded(o, "basis_threshold", r.classification().threshold(), 1000);
        o.put("basis_text", WORDS.basis(r.classification(), d));
        Json.putTenths(o, "distance_m", d.distanceM());
        Json.putTenths(o, "moving_s", d.movingS());
        Json.putTenths(o, "avg_hr_bpm", d.avgHrBpm());
        Json.putRounded(o, "hr_coverage", d.hrCoverage(), 1000);
        o.put("hr_source", d.hrSource().name().toLowerCase(Locale.ROOT));
        o.put("speed_source", d.speedSource().name().toLowerCase(Locale.ROOT));
        o.put("eligibility", d.eligibility().name().toLowerCase(Locale.ROOT));
        o.put("reps", d.reps().size());
        o.put("plan", d.plan().name().toLowerCase(Locale.ROOT));
        if (d.structure().isPresent()) {
            o.set("structure", structure(d.structure().get()));
        } else {
            o.putNull("structure");
        }
        o.put("steady_windows", d.windows().size());
        if (withReports) {
            o.put("report", d.id() + "/report.html");
        } else {
            o.putNull("report");
        }
        return o;
    }

    private static ObjectNode structure(StructureKey k) {
        ObjectNode o = Json.NODES.objectNode();
        o.put("text", HistoryWords.structure(k));
        o.put("reps", k.reps());
        o.put("unit", k.unit() == StructureKey.Unit.DISTANCE ? "distance_m" : "duration_s");
        ArrayNode l = o.putArray("lengths");
        k.lengths().forEach(x -> l.add(Math.round(x * 10) / 10.0));
        return o;
    }

    static ObjectNode weekAfter(WeekAfter w) {
        ObjectNode o = Json.NODES.objectNode();
        o.put("session", w.sessionId());
        o.put("session_date", w.sessionDate().toString());
        if (w.overcooked().isPresent()) {
            o.put("label", w.overcooked().get().name().toLowerCase(Locale.ROOT));
        } else {
            o.putNull("label");
        }
        o.put("finding", HistoryWords.code(w.finding()));
        o.put("text", HistoryWords.finding(w.finding()) + " " + WORDS.statement(w));
        o.set("baseline", baseline(w.baseline()));
        ArrayNode post = o.putArray("post_runs");
        for (PostRun p : w.postRuns()) {
            ObjectNode x = post.addObject();
            x.put("id", p.id());
            x.put("date", p.date().toString());
            x.put("days_after", p.daysAfter());
            x.put("windows", p.windows());
            Json.putTenths(x, "residual_s_per_km", p.residualSPerKm());
            Json.putTenths(x, "median_hr_bpm", p.medianHrBpm());
            x.put("hr_source", p.hrSource().name().toLowerCase(Locale.ROOT));
        }
        ArrayNode skipped = o.putArray("skipped");
        for (SkippedRun s : w.skipped()) {
            ObjectNode x = skipped.addObject();
            x.put("id", s.id());
            x.put("date", s.date().toString());
            x.put("days_after", s.daysAfter());
            x.put("reason", s.reason().name().toLowerCase(Locale.ROOT));
        }
        if (w.interval().isPresent()) {
            ObjectNode i = o.putObject("interval");
            Json.putTenths(i, "mean_s_per_km", w.interval().get().meanSPerKm());
            Json.putTenths(i, "low_s_per_km", w.interval().get().lowSPerKm());
            Json.putTenths(i, "high_s_per_km", w.interval().get().highSPerKm());
            i.put("runs", w.interval().get().runs());
            i.put("degrees_of_freedom", w.interval().get().degreesOfFreedom());
            i.put("level", 0.9);
        } else {
            o.putNull("interval");
        }
        o.put("low_hr_at_pace", w.lowHrAtPace());
        ArrayNode cav = o.putArray("caveats");
        w.caveats().forEach(c -> cav.add(c.name().toLowerCase(Locale.ROOT)));
        return o;
    }

    private static ObjectNode baseline(Baseline b) {
        ObjectNode o = Json.NODES.objectNode();
        o.put("run_count", b.runs());
        o.set("runs", Json.strings(b.runIds()));
        o.put("windows", b.windows());
        putDate(o, "from", b.from());
        putDate(o, "to", b.to());
        if (b.fit().isPresent()) {
            var f = b.fit().get();
            ObjectNode x = o.putObject("fit");
            Json.putRounded(x, "alpha_m_per_s", f.alphaMps(), 1e4);
            Json.putRounded(x, "beta_m_per_s_per_bpm", f.betaMpsPerBpm(), 1e6);
            Json.putTenths(x, "ref_hr_bpm", f.refHrBpm());
            Json.putRounded(x, "ref_speed_m_per_s", f.refSpeedMps(), 1000);
            Json.putTenths(x, "ref_pace_s_per_km", Units.secondsPerKm(f.refSpeedMps()));
            Json.putTenths(x, "te_s_per_km", f.teSPerKm());
            Json.putTenths(x, "swc_s_per_km", f.swcSPerKm());
        } else {
            o.putNull("fit");
        }
        return o;
    }

    private static ObjectNode cost(OvercookCost c) {
        ObjectNode o = Json.NODES.objectNode();
        o.put("finding", c.finding().name().toLowerCase(Locale.ROOT));
        o.put("text", WORDS.overcook(c));
        o.set("overcooked_sessions", Json.strings(c.overcookedIds()));
        o.set("on_target_sessions", Json.strings(c.onTargetIds()));
        optional(o, "mean_overcooked_s_per_km", c.meanOvercookedSPerKm(), 10);
        optional(o, "mean_on_target_s_per_km", c.meanOnTargetSPerKm(), 10);
        optional(o, "difference_s_per_km", c.differenceSPerKm(), 10);
        optional(o, "p_value", c.pValue(), 1e4);
        o.put("permutations", c.permutations());
        o.put("seed", c.seed());
        return o;
    }

    private static ObjectNode group(WorkoutGroup g) {
        ObjectNode o = Json.NODES.objectNode();
        o.set("structure", structure(g.key()));
        ArrayNode sessions = o.putArray("sessions");
        for (GroupSession s : g.sessions()) {
            ObjectNode x = sessions.addObject();
            x.put("id", s.id());
            x.put("date", s.date().toString());
            Json.putTenths(x, "mean_pace_s_per_km", Units.secondsPerKm(s.meanSpeedMps()));
            Json.putTenths(x, "mean_hr_bpm", s.meanHrBpm());
            ArrayNode reps = x.putArray("reps");
            s.reps().forEach(r -> reps.add(rep(r)));
        }
        ArrayNode deltas = o.putArray("changes");
        for (SessionDelta d : g.deltas()) {
            ObjectNode x = deltas.addObject();
            x.put("from", d.fromId());
            x.put("to", d.toId());
            Json.putTenths(x, "pace_delta_s_per_km", d.paceDeltaSPerKm());
            Json.putTenths(x, "hr_delta_bpm", d.hrDeltaBpm());
            x.put("days", d.days());
        }
        return o;
    }

    private static ObjectNode rep(RepDigest r) {
        ObjectNode o = Json.NODES.objectNode();
        o.put("index", r.index());
        o.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
        Json.putTenths(o, "distance_m", r.distanceM());
        Json.putTenths(o, "duration_s", r.durationS());
        Json.putTenths(o, "pace_s_per_km", Units.secondsPerKm(r.speedMps()));
        if (r.band().isPresent()) {
            Json.putTenths(o, "band_fast_s_per_km", Units.secondsPerKm(r.band().get().fastSpeedMps()));
            Json.putTenths(o, "band_slow_s_per_km", Units.secondsPerKm(r.band().get().slowSpeedMps()));
        } else {
            o.putNull("band_fast_s_per_km");
            o.putNull("band_slow_s_per_km");
        }
        o.put("verdict", r.verdict().label());
        Json.putTenths(o, "delta_s_per_km", r.deltaSPerKm());
        Json.putWhole(o, "avg_hr_bpm", r.avgHrBpm());
        return o;
    }

    private static ObjectNode week(WeekLoad w) {
        ObjectNode o = Json.NODES.objectNode();
        o.put("week", HistoryPage.week(w));
        o.put("monday", w.monday().toString());
        o.put("runs", w.runs());
        Json.putTenths(o, "distance_m", w.distanceM());
        Json.putTenths(o, "moving_s", w.movingS());
        Json.putTenths(o, "trimp", w.trimp());
        o.put("other_activities", w.otherActivities());
        o.put("runs_without_hr", w.runsWithoutHr());
        o.put("overcooked_reps", w.overcookedReps());
        o.put("interval_sessions", w.intervalSessions());
        return o;
    }

    private static ObjectNode trial(TrialFound t) {
        ObjectNode o = Json.NODES.objectNode();
        o.put("id", t.id());
        o.put("date", t.date().toString());
        o.set("effort", tt(Optional.of(t.effort())));
        o.set("implied", tt(Optional.of(t.implied())));
        o.set("in_force", tt(t.inForce()));
        optional(o, "delta_s", t.deltaS(), 10);
        return o;
    }

    private static com.fasterxml.jackson.databind.JsonNode tt(Optional<TimeTrial> t) {
        if (t.isEmpty()) {
            return Json.NODES.nullNode();
        }
        ObjectNode o = Json.NODES.objectNode();
        Json.putNumber(o, "distance_m", t.get().distanceM());
        Json.putTenths(o, "time_s", t.get().timeS());
        putDate(o, "date", t.get().date());
        return o;
    }

    private static ObjectNode efficiency(EfficiencyPoint p) {
        ObjectNode o = Json.NODES.objectNode();
        o.put("id", p.id());
        o.put("date", p.date().toString());
        Json.putRounded(o, "speed_at_ref_hr_m_per_s", p.speedAtRefHrMps(), 1000);
        Json.putTenths(o, "pace_at_ref_hr_s_per_km", Units.secondsPerKm(p.speedAtRefHrMps()));
        Json.putTenths(o, "ref_hr_bpm", p.refHrBpm());
        o.put("windows", p.windows());
        o.put("class", HistoryWords.code(p.runClass()));
        o.put("after_hard_session", p.afterHardSession());
        return o;
    }

    private static void optional(ObjectNode o, String key, OptionalDouble v, double scale) {
        Json.putRounded(o, key, v.isPresent() ? v.getAsDouble() : Double.NaN, scale);
    }

    private static void putDate(ObjectNode o, String key, Optional<LocalDate> d) {
        if (d.isPresent()) {
            o.put(key, d.get().toString());
        } else {
            o.putNull(key);
        }
    }

    private static void putString(ObjectNode o, String key, Optional<String> s) {
        if (s.isPresent()) {
            o.put(key, s.get());
        } else {
            o.putNull(key);
        }
    }
}
