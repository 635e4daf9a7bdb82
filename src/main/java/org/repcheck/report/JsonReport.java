package org.repcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.repcheck.model.Activity;
import org.repcheck.model.Analysis;
import org.repcheck.model.JudgedRep;
import org.repcheck.model.LocalClock;
import org.repcheck.model.Recovery;
import org.repcheck.model.Rep;
import org.repcheck.model.Session;
import org.repcheck.model.SessionSummary;
import org.repcheck.model.TargetBand;
import org.repcheck.model.TimeTrial;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The JSON the contract (docs/json.md) promises for {@code inspect}, {@code reps} and {@code judge}: snake_case
 * keys, ISO-8601 UTC instants, seconds, metres and s/km rounded to 0.1, and null wherever a value is missing (never
 * NaN, which is not JSON). Stateless; safe from any thread.
 */
public final class JsonReport {
    /** JSON is always SI and s/km (docs/json.md), so its sentences are metric. */
    private static final Sentences WORDS = new Sentences(Units.METRIC);

    private JsonReport() {
    }

    private static ArrayNode recoveries(SessionSummary s) {
        return JsonJudgements.recoveries(s.recoveryNotes(), WORDS);
    }

    /** The shared, configured mapper (snake_case, ISO instants). */
    public static ObjectMapper mapper() {
        return Json.MAPPER;
    }

    /** A pretty-printed JSON array, one element per input file, in input order. */
    public static String array(List<? extends JsonNode> nodes) {
        return Json.array(nodes);
    }

    /** The same array as {@link #array}, written element by element as each input is done. */
    public static Json.ArrayWriter arrayWriter(java.io.Writer out) {
        return new Json.ArrayWriter(out);
    }

    /** One pretty-printed JSON value (analysis.json, the targets object). */
    public static String pretty(JsonNode node) {
        return Json.pretty(node);
    }

    // ---- inspect -------------------------------------------------------------------------------------------

    public static ObjectNode inspect(Activity a) {
        ObjectNode o = Json.document();
        o.put("file", a.source());
        o.put("format", a.format().label());
        o.put("sport", a.sport());
        o.put("sub_sport", a.subSport());
        Json.putInstant(o, "start", a.start());
        Json.putLocal(o, a.start(), systemClock(a));
        Json.putTenths(o, "elapsed_s", a.elapsedS());
        Json.putTenths(o, "timer_s", a.timerS());
        Json.putTenths(o, "distance_m", a.distanceM());
        o.put("samples", a.samples().size());
        o.put("laps", a.laps().size());
        o.put("workout_steps", a.workoutSteps().size());
        o.put("has_hr", a.hasHeartRate());
        o.put("has_gps", a.hasGps());
        if (a.device().isPresent()) {
            o.put("device", a.device().get());
        } else {
            o.putNull("device");
        }
        o.set("warnings", Json.strings(a.warnings()));
        o.putNull("error");
        return o;
    }

    /** An unreadable file for inspect: every key present, nulls except file and error. */
    public static ObjectNode inspectError(String file, String error) {
        ObjectNode o = Json.document();
        o.put("file", file);
        for (String k : List.of("format", "sport", "sub_sport", "start", "local_start", "zone_source", "elapsed_s", "timer_s", "distance_m",
                "samples", "laps", "workout_steps", "has_hr", "has_gps", "device", "warnings")) {
            o.putNull(k);
        }
        o.put("error", error);
        return o;
    }

    /** An unreadable file for reps or judge: {"file", "error"}. */
    public static ObjectNode error(String file, String error) {
        ObjectNode o = Json.document();
        o.put("file", file);
        o.put("error", error);
        return o;
    }

    // ---- reps ----------------------------------------------------------------------------------------------

    public static ObjectNode reps(Session s) {
        return repsObject(s, null, s.notes(), systemClock(s.activity()));
    }

    // ---- judge ---------------------------------------------------------------------------------------------

    /** The reps object with each rep's target and verdict, the session summary, the TT and model in force. */
    public static ObjectNode judge(Analysis a) {
        // Session notes (how reps were found) and analysis notes (how to add a TT) both belong to the runner.
        LinkedHashSet<String> notes = new LinkedHashSet<>(a.session().notes());
        notes.addAll(a.notes());
        ObjectNode o = repsObject(a.session(), a.reps(), new ArrayList<>(notes), a.clock());
        // start stays the UTC instant; local_start is the runner's clock with its offset (docs/science.md §9)
        Json.putLocal(o, a.session().activity().start(), a.clock());
        o.set("summary", summary(a.summary()));
        o.set("time_trial_findings", JsonJudgements.trialFindings(a.trialFindings(), WORDS));
        o.set("time_trial", a.timeTrial().<JsonNode>map(JsonReport::timeTrial).orElse(Json.NODES.nullNode()));
        o.put("model", a.model());
        return o;
    }

    /** Without a profile: the file's own offset, else this machine's zone (said so in zone_source). */
    private static Optional<LocalClock> systemClock(Activity a) {
        return LocalClock.of(a, Optional.empty(), ZoneId.systemDefault());
    }

    private static ObjectNode repsObject(Session s, List<JudgedRep> judged, List<String> notes,
                                         Optional<LocalClock> clock) {
        Activity act = s.activity();
        ObjectNode o = Json.document();
        o.put("file", act.source());
        o.put("source", s.source().label());
        ArrayNode reps = o.putArray("reps");
        if (judged == null) {
            s.reps().forEach(r -> reps.add(rep(act.start(), clock, r)));
        } else {
            judged.forEach(j -> reps.add(judgedRep(act.start(), clock, j)));
        }
        ArrayNode recs = o.putArray("recoveries");
        s.recoveries().forEach(r -> recs.add(recovery(r)));
        o.set("notes", Json.strings(notes));
        o.set("warnings", Json.strings(act.warnings()));
        return o;
    }

    private static ObjectNode rep(Optional<Instant> activityStart, Optional<LocalClock> clock, Rep r) {
        ObjectNode o = Json.NODES.objectNode();
        o.put("index", r.index());
        Optional<Instant> start = activityStart.map(t -> plusSeconds(t, r.startS()));
        Json.putInstant(o, "start", start);
        if (start.isPresent() && clock.isPresent()) {
            o.put("local_start", clock.get().at(start.get()).truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
        } else {
            o.putNull("local_start");
        }
        Json.putTenths(o, "start_s", r.startS());
        Json.putTenths(o, "end_s", r.endS());
        Json.putTenths(o, "duration_s", r.durationS());
        Json.putTenths(o, "distance_m", r.distanceM());
        Json.putTenths(o, "measured_distance_m", r.measuredDistanceM());
        o.put("distance_basis", r.basis().label());
        Json.putDistance(o, "nominal_distance_m", r.nominalDistanceM());
        Json.putDistance(o, "nominal_duration_s", r.nominalDurationS());
        Json.putTenths(o, "pace_s_per_km", Units.secondsPerKm(r.speedMps()));
        Json.putWhole(o, "avg_hr", r.avgHr());
        Json.putWhole(o, "max_hr", r.maxHr());
        return o;
    }

    private static ObjectNode judgedRep(Optional<Instant> activityStart, Optional<LocalClock> clock, JudgedRep j) {
        ObjectNode o = rep(activityStart, clock, j.rep());
        o.set("target", j.target().<JsonNode>map(JsonReport::target).orElse(Json.NODES.nullNode()));
        o.put("verdict", j.verdict().label());
        o.put("verdict_reason", WORDS.reason(j.reason()));
        o.put("reason", j.reason().code());
        o.set("reason_numbers", JsonJudgements.reasonNumbers(j.reason()));
        Json.putTenths(o, "delta_s_per_km", j.deltaSPerKm());
        Json.putTenths(o, "uncertainty_s_per_km", j.uncertaintySPerKm());
        return o;
    }

    private static ObjectNode target(TargetBand b) {
        ObjectNode o = Json.NODES.objectNode();
        Json.putTenths(o, "fast_s_per_km", Units.secondsPerKm(b.fastSpeedMps()));
        Json.putTenths(o, "slow_s_per_km", Units.secondsPerKm(b.slowSpeedMps()));
        o.put("model", b.model());
        o.put("extrapolated", b.extrapolated());
        Json.putNumber(o, "distance_m", b.distanceM());
        return o;
    }

    private static ObjectNode recovery(Recovery r) {
        ObjectNode o = Json.NODES.objectNode();
        o.put("after_rep", r.afterRep());
        Json.putTenths(o, "start_s", r.startS());
        Json.putTenths(o, "end_s", r.endS());
        Json.putTenths(o, "duration_s", r.durationS());
        Json.putTenths(o, "distance_m", r.distanceM());
        Json.putWhole(o, "avg_hr", r.avgHr());
        Json.putWhole(o, "hr_drop", r.hrDrop());
        o.put("standing", r.standing());
        return o;
    }

    private static ObjectNode summary(SessionSummary s) {
        ObjectNode o = Json.NODES.objectNode();
        o.put("overcooked", s.overcooked());
        o.put("on_target", s.onTarget());
        o.put("slow", s.slow());
        o.put("unjudged", s.unjudged());
        Json.putRounded(o, "fade_s_per_km_per_rep", s.fadeSPerKmPerRep(), 100);
        o.put("advice", WORDS.advice(s.advice()));
        o.put("advice_code", JsonJudgements.adviceCode(s.advice()));
        o.set("recovery_notes", Json.strings(s.recoveryNotes().stream().map(WORDS::recovery).toList()));
        o.set("recovery_findings", JsonReport.recoveries(s));
        return o;
    }

    private static ObjectNode timeTrial(TimeTrial tt) {
        ObjectNode o = Json.NODES.objectNode();
        Json.putNumber(o, "distance_m", tt.distanceM());
        Json.putTenths(o, "time_s", tt.timeS());
        if (tt.date().isPresent()) {
            o.put("date", tt.date().get().toString());
        } else {
            o.putNull("date");
        }
        return o;
    }

    static Instant plusSeconds(Instant t, double seconds) {
        return t.plusNanos(Math.round(seconds * 1e9));
    }
}
