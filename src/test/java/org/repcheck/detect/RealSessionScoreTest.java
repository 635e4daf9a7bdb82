package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.repcheck.io.ReadException;
import org.repcheck.io.Readers;
import org.repcheck.model.Activity;
import org.repcheck.model.Rep;
import org.repcheck.model.Session;

/**
 * Rep detection scored on the real sessions of ../shared/corpus/reps, the way the acceptance check scores it
 * (its README): a found rep matches a true rep when they overlap by at least half of the shorter; each true rep
 * matches at most one found rep; a file is exact when every true rep is matched and nothing else was found. Three
 * sets: the recordings with laps or workout steps, their lapless GPX twins, and the steady runs that must give no
 * reps. Skips with a message where the folder is absent.
 */
class RealSessionScoreTest {
    private static final Path REPS = Path.of("..", "shared", "corpus", "reps");
    private static final Map<String, List<double[]>> TRUTH = new LinkedHashMap<>();
    private final Readers readers = new Readers();
    private final RepDetector detector = new RepDetector();

    @BeforeAll
    static synchronized void readTruth() throws IOException {
        if (!TRUTH.isEmpty() || !Files.isRegularFile(REPS.resolve("REPS.tsv"))) {
            return;
        }
        List<String> lines = Files.readAllLines(REPS.resolve("REPS.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            TRUTH.computeIfAbsent(f[0], k -> new ArrayList<>())
                    .add(new double[] {epoch(f[2]), epoch(f[3])});
        }
    }

    /** The true reps of one file of files/ (epoch seconds), empty when the folder or the file is absent. */
    static List<double[]> truthOf(String file) {
        return TRUTH.getOrDefault(file, List.of());
    }

    private static double epoch(String iso) {
        Instant t = Instant.parse(iso);
        return t.getEpochSecond() + t.getNano() * 1e-9;
    }

    /** The tally of one set of files. */
    static final class Score {
        int matched;
        int missed;
        int extra;
        int exact;
        int files;
        final List<Double> boundaryErrors = new ArrayList<>();
        final List<String> misses = new ArrayList<>();

        void add(String file, List<double[]> truth, List<double[]> found) {
            boolean[] used = new boolean[found.size()];
            int hits = 0;
            for (double[] t : truth) {
                for (int i = 0; i < found.size(); i++) {
                    double[] f = found.get(i);
                    double overlap = Math.min(t[1], f[1]) - Math.max(t[0], f[0]);
                    if (!used[i] && overlap >= 0.5 * Math.min(t[1] - t[0], f[1] - f[0])) {
                        used[i] = true;
                        hits++;
                        boundaryErrors.add(Math.abs(f[0] - t[0]));
                        boundaryErrors.add(Math.abs(f[1] - t[1]));
                        break;
                    }
                }
            }
            matched += hits;
            missed += truth.size() - hits;
            extra += found.size() - hits;
            files++;
            if (hits == truth.size() && hits == found.size()) {
                exact++;
            } else {
                misses.add(file + ": true " + truth.size() + ", found " + found.size() + ", matched " + hits);
            }
        }

        /** This tally with {@code other}'s added: one score over several draws of a variant. */
        void addAll(Score other) {
            matched += other.matched;
            missed += other.missed;
            extra += other.extra;
            exact += other.exact;
            files += other.files;
            boundaryErrors.addAll(other.boundaryErrors);
            misses.addAll(other.misses);
        }

        double f1() {
            int denom = 2 * matched + missed + extra;
            return denom == 0 ? 1 : 2.0 * matched / denom;
        }

        double medianBoundaryS() {
            double[] e = boundaryErrors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return e.length == 0 ? Double.NaN : e[e.length / 2];
        }

        String line(String label) {
            return String.format(Locale.ROOT, "%-12s F1 %.3f, exact %d/%d (matched %d, missed %d, extra %d; "
                    + "boundary median %.1f s)", label, f1(), exact, files, matched, missed, extra, medianBoundaryS());
        }
    }

    private List<double[]> found(Path file) throws ReadException {
        Activity a = readers.read(file);
        Session s = detector.detect(a, DetectMode.AUTO);
        double t0 = a.start().map(t -> t.getEpochSecond() + t.getNano() * 1e-9).orElse(0.0);
        List<double[]> out = new ArrayList<>();
        for (Rep r : s.reps()) {
            out.add(new double[] {t0 + r.startS(), t0 + r.startS() + r.durationS()});
        }
        return out;
    }

    private static List<Path> list(String folder) throws IOException {
        try (Stream<Path> s = Files.list(REPS.resolve(folder))) {
            return s.sorted().toList();
        }
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }

    @Test
    void realSessionsGiveTheirTrueRepsWithLapsWithoutLapsAndNoneInSteadyRuns() throws Exception {
        assumeTrue(!TRUTH.isEmpty(), "real sessions not found at " + REPS.toAbsolutePath() + "; skipping");
        Score laps = new Score();
        List<String> steadyWithReps = new ArrayList<>();
        int steady = 0;
        Map<String, String> byStem = new LinkedHashMap<>();
        for (Path f : list("files")) {
            String name = f.getFileName().toString();
            List<double[]> found = found(f);
            if (TRUTH.containsKey(name)) {
                byStem.put(stem(f), name);
                laps.add(name, TRUTH.get(name), found);
            } else {
                steady++;
                if (!found.isEmpty()) {
                    steadyWithReps.add(name + " (" + found.size() + ")");
                }
            }
        }
        Score lapless = new Score();
        for (Path g : list("gpx")) {
            String truthName = byStem.get(stem(g));
            assertThat(truthName).as("GPX twin %s has a recording in files/", g.getFileName()).isNotNull();
            lapless.add(g.getFileName().toString(), TRUTH.get(truthName), found(g));
        }
        System.out.println("[real sessions] " + laps.line("laps/steps:"));
        System.out.println("[real sessions] " + lapless.line("lapless GPX:"));
        System.out.println("[real sessions] steady runs without reps: " + (steady - steadyWithReps.size()) + "/" + steady
                + (steadyWithReps.isEmpty() ? "" : " (reps in " + String.join(", ", steadyWithReps) + ")"));
        Stream.concat(laps.misses.stream().map(m -> "laps  " + m), lapless.misses.stream().map(m -> "gpx   " + m))
                .forEach(m -> System.out.println("[real sessions]   not exact: " + m));

        assertThat(laps.f1()).as(laps.line("laps/steps")).isGreaterThanOrEqualTo(0.97);
        assertThat(laps.exact).as(laps.line("laps/steps")).isGreaterThanOrEqualTo(32);
        assertThat(lapless.f1()).as(lapless.line("lapless")).isGreaterThanOrEqualTo(LAPLESS_F1);
        assertThat(lapless.exact).as(lapless.line("lapless")).isGreaterThanOrEqualTo(LAPLESS_EXACT);
        assertThat(steadyWithReps).as("steady runs with reps").isEmpty();
        assertThat(Arrays.asList(laps.files, lapless.files)).containsExactly(36, 34);
    }

    /**
     * The lapless twins' floor: issue 8 asks 0.90 and 24 of 34 exact; they score F1 0.944 with 27 exact, and a
     * change that loses more than one file or a few reps is a regression.
     */
    static final double LAPLESS_F1 = 0.93;
    static final int LAPLESS_EXACT = 26;
}
