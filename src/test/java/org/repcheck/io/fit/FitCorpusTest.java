package org.repcheck.io.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.repcheck.io.ReadException;
import org.repcheck.io.Readers;
import org.repcheck.model.Activity;

/**
 * Every FIT file of the shared real-device corpus, read through {@link Readers} as the CLI reads it, against what
 * an independent decoder measured (MANIFEST.tsv). Skips with a message where the corpus is absent.
 */
class FitCorpusTest {
    /** The shared corpus beside the project (as in CI); {@code -Drepcheck.corpus=DIR} points elsewhere. */
    static final Path CORPUS = Path.of(System.getProperty("repcheck.corpus", "../shared/corpus"));
    /** Notes that mark a file as damaged or not an activity: it must fail cleanly or carry a warning. */
    static final Pattern FLAGGED = Pattern.compile("^(CORRUPT|ODD|NOT AN ACTIVITY|NOT FIT)[:/]");

    /** One manifest row, the columns this test uses. */
    record Row(String file, String format, String sport, String distance, String records, String laps,
               String notes) {
        static Row parse(String line) {
            String[] f = line.split("\t", -1);
            return new Row(f[0], f[5], f[7], f[9], f[10], f[11], f[14]);
        }

        boolean flagged() {
            return FLAGGED.matcher(notes).find();
        }

        boolean multisport() {
            return sport.contains("+") && Stream.of(sport.split("[+/]")).distinct().count() > 1;
        }

        int recordCount() {
            return records.isBlank() ? 0 : Integer.parseInt(records);
        }

        @Override
        public String toString() {
            return file;
        }
    }

    /** Stands in for the corpus when it is absent, so the run shows one skipped test with the reason. */
    static final Row NO_CORPUS = new Row("(no corpus)", "FIT", "", "", "", "", "");

    static Stream<Arguments> fitFiles() throws IOException {
        Path manifest = CORPUS.resolve("MANIFEST.tsv");
        if (!Files.isRegularFile(manifest)) {
            return Stream.of(Arguments.of(Named.of(NO_CORPUS.file(), NO_CORPUS)));
        }
        List<String> lines = Files.readAllLines(manifest);
        return lines.stream().skip(1).filter(l -> !l.isBlank()).map(Row::parse)
                .filter(r -> r.format().toUpperCase(Locale.ROOT).startsWith("FIT"))
                .map(r -> Arguments.of(Named.of(r.file(), r)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fitFiles")
    void readsLikeTheManifestSays(Row row) throws Exception {
        Assumptions.assumeTrue(row != NO_CORPUS, "shared corpus not found at "
                + CORPUS.toAbsolutePath().normalize() + " (MANIFEST.tsv); skipping the real-device file checks");
        Path file = CORPUS.resolve("files").resolve(row.file());
        Assumptions.assumeTrue(Files.isRegularFile(file), "corpus file missing: " + file);

        Activity a;
        try {
            a = new Readers().read(file);
        } catch (ReadException e) {
            assertThat(row.flagged()).as("only a file the manifest flags may be refused: %s", e.getMessage())
                    .isTrue();
            assertThat(e.getMessage()).startsWith(row.file() + ": ").doesNotContain("\n");
            return;
        }

        if (row.flagged()) {
            assertThat(a.warnings()).as("a flagged file read anyway must say what was wrong").isNotEmpty();
        }
        assertThat(a.warnings()).allSatisfy(w -> assertThat(w).doesNotContain("\n").isNotBlank());
        if (row.recordCount() > 0 || !row.laps().isBlank()) {
            assertThat(a.samples().size()).as("samples = manifest records").isEqualTo(row.recordCount());
            assertThat(a.laps()).as("laps = manifest laps").hasSize(Integer.parseInt(row.laps()));
        }
        if (!row.distance().isBlank()) {
            double want = Double.parseDouble(row.distance());
            // The manifest rounds to whole metres: a 5.73 m test file is listed as 6.
            assertThat(a.distanceM()).as("distance within 1 %% (or the manifest's 0.5 m rounding)")
                    .isCloseTo(want, within(Math.max(want * 0.01, 0.5)));
        }
        if (row.multisport()) {
            assertThat(a.sport()).isEqualTo("multisport");
            assertThat(a.segments().size()).isGreaterThan(1);
        }
        assertThat(a.hasTimeAxis()).isTrue();
    }
}
