package org.repcheck.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.repcheck.detect.DetectMode;
import org.repcheck.detect.RepDetector;
import org.repcheck.io.Readers;
import org.repcheck.model.Activity;
import org.repcheck.model.Analysis;
import org.repcheck.model.JudgedRep;
import org.repcheck.model.Verdict;
import org.repcheck.targets.TargetPlan;
import org.repcheck.targets.TimeTrialSpec;

/**
 * Acceptance 2 of issue 10: the same session as the watch's FIT and as a lapless GPX (a Strava-style export) must
 * never give opposite verdicts for the same rep — one may be unjudged where the other is not, because the GPX has
 * no laps and its reps come from the speed signal, but a rep cannot be overcooked in one and on target in the other.
 * Reps are matched by time overlap (each covers 80 % of the other), only among reps both sides found. The GPX twins
 * carry no sport; they are the same runs as their FIT, so they are judged as runs here.
 */
class TwinVerdictsTest {
    static final double SAME_REP = 0.8;
    static final Path REPS = GpsTwinSurvey.REPS;

    record Pair(String file, JudgedRep fit, JudgedRep gpx) {
    }

    @Test
    void fitAndGpxTwinsNeverGiveOppositeVerdictsAtTwoTimeTrials() throws Exception {
        assumeTrue(Files.isDirectory(REPS.resolve("gpx")), "corpus/reps not found at " + REPS.toAbsolutePath() + "; skipping");
        List<Path> twins;
        try (Stream<Path> s = Files.list(REPS.resolve("gpx"))) {
            twins = s.filter(p -> Files.isRegularFile(REPS.resolve("files")
                    .resolve(p.getFileName().toString().replace(".gpx", ".fit")))).sorted().toList();
        }
        assertThat(twins).hasSizeGreaterThan(20);
        Readers readers = new Readers();
        RepDetector detector = new RepDetector();
        int compared = 0;
        int bothJudged = 0;
        List<String> opposite = new ArrayList<>();
        List<Double> gaps = new ArrayList<>();
        int withinBoth = 0;
        for (Path gpxPath : twins) {
            Path fitPath = REPS.resolve("files").resolve(gpxPath.getFileName().toString().replace(".gpx", ".fit"));
            Activity fit = readers.read(fitPath);
            Activity gpx = asRun(readers.read(gpxPath));
            for (String tt : List.of("5k=20:00", "5k=25:00")) {
                TargetPlan plan = new TargetPlan(List.of(TimeTrialSpec.parse(tt)), "coach");
                Analysis a = Assessor.assess(detector.detect(fit, DetectMode.AUTO), plan);
                Analysis b = Assessor.assess(detector.detect(gpx, DetectMode.AUTO), plan);
                for (Pair p : matched(fitPath.getFileName().toString(), a, b)) {
                    compared++;
                    double gap = Math.abs(pace(p.fit()) - pace(p.gpx()));
                    gaps.add(gap);
                    withinBoth += gap <= p.fit().uncertaintySPerKm() + p.gpx().uncertaintySPerKm() ? 1 : 0;
                    Verdict x = p.fit().verdict();
                    Verdict y = p.gpx().verdict();
                    if (x != Verdict.UNJUDGED && y != Verdict.UNJUDGED) {
                        bothJudged++;
                        if (x != y) {
                            opposite.add(String.format(java.util.Locale.ROOT, "%s %s rep %d: FIT %s (%.1f s/km ±%.1f) vs GPX %s (%.1f ±%.1f)",
                                    p.file(), tt, p.fit().rep().index(), x, pace(p.fit()), p.fit().uncertaintySPerKm(), y,
                                    pace(p.gpx()), p.gpx().uncertaintySPerKm()));
                        }
                    }
                }
            }
        }
        gaps.sort(null);
        System.out.printf("twin verdicts: %d matched reps compared, %d judged on both sides, %d opposite; "
                        + "|FIT-GPX pace| median %.1f s/km, p90 %.1f; within uFIT+uGPX %d%n", compared, bothJudged,
                opposite.size(), gaps.get(gaps.size() / 2), gaps.get((int) (0.9 * (gaps.size() - 1))), withinBoth);
        assertThat(compared).as("reps found on both sides").isGreaterThan(50);
        assertThat(opposite).isEmpty();
    }

    static double pace(JudgedRep j) {
        return 1000.0 / j.rep().speedMps();
    }

    /** The twin as a run: the GPX has no {@code <type>}, and it is the same session as its FIT. */
    static Activity asRun(Activity a) {
        return new Activity(a.source(), a.format(), "running", a.subSport(), a.start(), a.elapsedS(), a.timerS(),
                a.distanceM(), a.samples(), a.laps(), a.workoutSteps(), a.pauses(), List.of(), a.device(), a.warnings(),
                a.utcOffset());
    }

    /**
     * FIT reps paired with the GPX rep that is the same rep: each covers at least 80 % of the other. A GPX "rep"
     * that is only the fastest minute of a FIT rep is a detection miss, not the same rep measured twice, and its
     * verdict says nothing about the measurement.
     */
    static List<Pair> matched(String file, Analysis fit, Analysis gpx) {
        List<Pair> out = new ArrayList<>();
        List<JudgedRep> free = new ArrayList<>(gpx.reps());
        for (JudgedRep f : fit.reps()) {
            double[] fs = span(fit, f);
            for (JudgedRep g : free) {
                double[] gs = span(gpx, g);
                double overlap = Math.min(fs[1], gs[1]) - Math.max(fs[0], gs[0]);
                if (overlap >= SAME_REP * Math.max(fs[1] - fs[0], gs[1] - gs[0])) {
                    out.add(new Pair(file, f, g));
                    free.remove(g);
                    break;
                }
            }
        }
        return out;
    }

    /** A rep's span in epoch seconds. */
    static double[] span(Analysis a, JudgedRep j) {
        Instant start = a.session().activity().start().orElse(Instant.EPOCH);
        double t0 = start.toEpochMilli() / 1000.0;
        return new double[] {t0 + j.rep().startS(), t0 + j.rep().endS()};
    }

}
