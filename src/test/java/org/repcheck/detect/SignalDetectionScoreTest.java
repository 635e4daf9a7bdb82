package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.repcheck.model.Session;
import org.repcheck.synth.GeneratedSession;
import org.repcheck.synth.SessionGenerator;
import org.repcheck.synth.Spec;

/**
 * The speed-signal detector scored on generated sessions with known truth: 300 interval sessions of every kind
 * (200 m to 3 km, 1 to 6 min, jog, walk, standing and paused recoveries, 1 s and smart recording, dropouts, hills,
 * GPX-style tracks without a distance channel) and 100 negatives (steady, progressive, hilly easy runs).
 */
class SignalDetectionScoreTest {
    static final int INTERVAL_SESSIONS = 300;
    static final int NEGATIVE_SESSIONS = 100;

    /** The groups a generated session is reported under. */
    private static List<String> kinds(Spec spec) {
        List<String> k = new ArrayList<>();
        k.add(spec.recording() == Spec.Recording.SMART ? "smart recording" : "1 s recording");
        k.add(spec.timeBased() ? "time reps" : "distance reps");
        k.add("recovery " + spec.recovery().name().toLowerCase(Locale.ROOT));
        if (!spec.distanceChannel()) {
            k.add("gpx (positions only)");
        }
        if (!spec.speedChannel()) {
            k.add("no speed channel");
        }
        if (spec.hills()) {
            k.add("hills");
        }
        if (spec.dropouts()) {
            k.add("gps dropouts");
        }
        return k;
    }

    @Test
    void signalDetectorFindsGeneratedRepsAndNothingInOnePacedRuns() {
        RepDetector detector = new RepDetector();
        RepScore score = new RepScore();
        Map<String, RepScore> byKind = new TreeMap<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < INTERVAL_SESSIONS; i++) {
            GeneratedSession g = SessionGenerator.randomIntervals(1000 + i);
            Session s = detector.detect(g.activity(), DetectMode.SIGNAL);
            score.add(g.reps(), s.reps());
            for (String kind : kinds(SessionGenerator.randomSpec(1000 + i))) {
                byKind.computeIfAbsent(kind, k -> new RepScore()).add(g.reps(), s.reps());
            }
        }
        for (int i = 0; i < NEGATIVE_SESSIONS; i++) {
            GeneratedSession g = SessionGenerator.randomNegative(5000 + i);
            Session s = detector.detect(g.activity(), DetectMode.SIGNAL);
            score.add(g.reps(), s.reps());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.print(score.report("signal detection on generated sessions (--detect signal)"));
        for (Map.Entry<String, RepScore> e : byKind.entrySet()) {
            RepScore k = e.getValue();
            System.out.printf(Locale.ROOT, "  %-22s F1 %.4f  boundary median %.2f s  pace median %.2f s/km%n",
                    e.getKey(), k.f1(), k.medianBoundaryErrorS(), k.medianPaceErrorSPerKm());
        }
        System.out.printf(Locale.ROOT, "generation + detection %.1f s for %d sessions%n", seconds,
                INTERVAL_SESSIONS + NEGATIVE_SESSIONS);

        assertThat(score.f1()).as("rep F1").isGreaterThanOrEqualTo(0.97);
        assertThat(score.medianBoundaryErrorS()).as("median boundary error, s").isLessThanOrEqualTo(3.0);
        assertThat(score.medianPaceErrorSPerKm()).as("median pace error, s/km").isLessThanOrEqualTo(1.5);
        assertThat(score.negativeSessionsWithReps()).as("negatives with reps").isZero();
    }

    /**
     * The realistic mix ({@link SessionGenerator#realisticSpec}): the same interval sessions with warm-up strides,
     * surging first reps and barometer-less GPS altitude, the patterns the real lapless twins showed; tempo runs (one
     * sustained block, {@link SessionGenerator#tempoRun}); strides sessions ({@link SessionGenerator#stridesSpec});
     * ladders ({@link SessionGenerator#ladder}); and the negatives recorded the same way
     * ({@link SessionGenerator#realisticNegative}). Its score is the one that predicts the real one (real lapless F1
     * 0.947; this mix 0.9981; the first mix 1.000), and this floor holds it while the signal path learns these
     * patterns (issue 8 is open on them).
     */
    @Test
    void realisticMixScoreIsPrintedAndHeld() {
        RepDetector detector = new RepDetector();
        RepScore score = new RepScore();
        Map<String, RepScore> byKind = new TreeMap<>();
        for (int i = 0; i < INTERVAL_SESSIONS; i++) {
            Spec spec = SessionGenerator.realisticSpec(1000 + i);
            GeneratedSession g = SessionGenerator.intervals(1000 + i, spec);
            Session s = detector.detect(g.activity(), DetectMode.SIGNAL);
            score.add(g.reps(), s.reps());
            List<String> kinds = new ArrayList<>();
            kinds.add(spec.warmupStrides() > 0 ? "warm-up strides" : "no strides");
            kinds.add(spec.surgeShare() > 0 ? "surging first rep" : "even first rep");
            kinds.add(spec.altitudeNoiseM() > 0 ? "gps altitude" : "barometric altitude");
            for (String kind : kinds) {
                byKind.computeIfAbsent(kind, k -> new RepScore()).add(g.reps(), s.reps());
            }
        }
        scoreKind(detector, score, byKind, "tempo runs", TEMPO_SESSIONS, i -> SessionGenerator.tempoRun(7000 + i));
        scoreKind(detector, score, byKind, "strides sessions", STRIDES_SESSIONS,
                i -> SessionGenerator.intervals(8000 + i, SessionGenerator.stridesSpec(8000 + i)));
        scoreKind(detector, score, byKind, "ladders", LADDER_SESSIONS, i -> SessionGenerator.ladder(9000 + i));
        for (int i = 0; i < NEGATIVE_SESSIONS; i++) {
            GeneratedSession g = SessionGenerator.realisticNegative(5000 + i);
            score.add(g.reps(), detector.detect(g.activity(), DetectMode.SIGNAL).reps());
        }
        System.out.print(score.report("signal detection on the realistic generated mix (--detect signal)"));
        for (Map.Entry<String, RepScore> e : byKind.entrySet()) {
            System.out.printf(Locale.ROOT, "  %-22s F1 %.4f%n", e.getKey(), e.getValue().f1());
        }
        assertThat(score.f1()).as("realistic-mix rep F1").isGreaterThanOrEqualTo(REALISTIC_FLOOR);
        assertThat(score.negativeSessionsWithReps()).as("realistic negatives with reps").isZero();
    }

    /**
     * The realistic mix again on seeds no rule was tuned on (70000 on): the rules were set watching seeds 1000-9100
     * and explored on dev seeds 20000-59999, so this is the generated score that says what generalises. On 1,600 such
     * sessions the rules of 2026-12-01 scored intervals 0.994, strides 0.946, ladders 0.977 and tempo runs 0.959;
     * those of 2026-12-02 score 0.995, 0.953, 0.983 and 0.964 (the tuned seeds: 0.999, 0.966, 0.996, 0.990). Later
     * that day, strides scored 0.969 once their edges were fitted on one window (tuned 0.976), 0.984 once "smart"
     * recordings' strides were read on a narrower speed window (tuned 0.979), and 0.987 once stretched strides were
     * placed by the strides rule (tuned 0.991); intervals 0.995 once reps chopped too often were joined at once. On
     * 2026-12-02 ladders scored 0.983 once warm-up strides were told from the set by its own recoveries and 0.984
     * once a ladder could step by a ratio, and strides 0.989 once a slow stride in the set's rhythm stayed in it
     * (tuned 0.994). The floors hold those figures less a margin. Never tune on these seeds: explore on the dev seeds.
     */
    @Test
    void realisticMixOnSeedsNoRuleWasTunedOn() {
        RepDetector detector = new RepDetector();
        RepScore score = new RepScore();
        Map<String, RepScore> byKind = new TreeMap<>();
        scoreKind(detector, score, byKind, "interval sessions", HELD_OUT_INTERVALS,
                i -> SessionGenerator.intervals(70000 + i, SessionGenerator.realisticSpec(70000 + i)));
        scoreKind(detector, score, byKind, "strides sessions", HELD_OUT_OTHERS,
                i -> SessionGenerator.intervals(60000 + i, SessionGenerator.stridesSpec(60000 + i)));
        scoreKind(detector, score, byKind, "ladders", HELD_OUT_OTHERS, i -> SessionGenerator.ladder(61000 + i));
        scoreKind(detector, score, byKind, "tempo runs", HELD_OUT_OTHERS, i -> SessionGenerator.tempoRun(62000 + i));
        scoreKind(detector, score, byKind, "negatives", 2 * HELD_OUT_OTHERS,
                i -> SessionGenerator.realisticNegative(63000 + i));
        System.out.print(score.report("signal detection on the realistic mix, seeds no rule was tuned on"));
        for (Map.Entry<String, RepScore> e : byKind.entrySet()) {
            System.out.printf(Locale.ROOT, "  %-22s F1 %.4f%n", e.getKey(), e.getValue().f1());
        }
        assertThat(byKind.get("interval sessions").f1()).as("interval sessions").isGreaterThanOrEqualTo(0.99);
        assertThat(byKind.get("strides sessions").f1()).as("strides sessions").isGreaterThanOrEqualTo(0.98);
        assertThat(byKind.get("ladders").f1()).as("ladders").isGreaterThanOrEqualTo(0.975);
        assertThat(byKind.get("tempo runs").f1()).as("tempo runs").isGreaterThanOrEqualTo(0.955);
        assertThat(byKind.get("negatives").negativeSessionsWithReps()).as("negatives with reps").isZero();
    }

    static final int HELD_OUT_INTERVALS = 600;
    static final int HELD_OUT_OTHERS = 200;

    /** Adds {@code count} sessions of one kind to the mix's score and to that kind's own. */
    private static void scoreKind(RepDetector detector, RepScore score, Map<String, RepScore> byKind, String kind,
                                  int count, IntFunction<GeneratedSession> session) {
        for (int i = 0; i < count; i++) {
            GeneratedSession g = session.apply(i);
            Session s = detector.detect(g.activity(), DetectMode.SIGNAL);
            score.add(g.reps(), s.reps());
            byKind.computeIfAbsent(kind, k -> new RepScore()).add(g.reps(), s.reps());
        }
    }

    static final int TEMPO_SESSIONS = 50;
    /** As many as the real set's share of strides sessions (2 of its 34 lapless twins) would give, and a few more. */
    static final int STRIDES_SESSIONS = 30;
    /**
     * Ladders ({@link SessionGenerator#ladder}): reps that share no size, which the real fartlek and speed-play
     * twins (8 of 34) are closest to; as many as the interval sessions' share of the real set leaves them.
     */
    static final int LADDER_SESSIONS = 60;

    /** Where the realistic mix stands (0.9981, 540 sessions), less a small margin: a drop below it is a regression. */
    static final double REALISTIC_FLOOR = 0.996;
}
