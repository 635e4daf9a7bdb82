package org.repcheck.io.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.repcheck.io.ReadException;
import org.repcheck.io.Readers;
import org.repcheck.model.Activity;

/** The acceptance checks every GPX/TCX corpus row must pass. */
public final class CorpusChecks {
    private CorpusChecks() {
    }

    public static void check(CorpusRows.Row row) {
        Assumptions.assumeTrue(row != null && CorpusRows.present(),
                "shared corpus not found at " + CorpusRows.CORPUS.toAbsolutePath().normalize() + ": corpus checks skipped");
        Path path = row.path();
        Activity a;
        try {
            a = new Readers().read(path);
        } catch (ReadException e) {
            assertThat(row.expectsNothing())
                    .as("%s could not be read: %s", row.file(), e.getMessage()).isTrue();
            assertThat(e.getMessage()).startsWith(row.file() + ": ").doesNotContain("\n");
            return;
        }
        if (row.expectsNothing()) {
            assertThat(a.warnings()).as("%s: an activity from a file with nothing in it must say why", row.file())
                    .isNotEmpty();
            return;
        }
        assertThat(a.samples().size()).as("%s samples", row.file()).isEqualTo(row.records().orElseThrow());
        assertThat(a.laps()).as("%s laps", row.file()).hasSize(row.laps().orElse(0));
        if (row.distanceM().isPresent()) {
            assertThat(a.distanceM()).as("%s distance", row.file())
                    .isCloseTo(row.distanceM().getAsDouble(), withinPercentage(1));
        }
        assertThat(a.source()).isEqualTo(row.file());
        for (String w : a.warnings()) {
            assertThat(w).as("warnings are one line").doesNotContain("\n");
        }
        if (a.hasTimeAxis()) {
            assertThat(a.elapsedS()).isGreaterThanOrEqualTo(0);
            assertThat(a.samples().time(0)).isCloseTo(0.0, within(3600.0));
        }
    }
}
