package org.repcheck.io.gpx;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.repcheck.io.xml.CorpusChecks;
import org.repcheck.io.xml.CorpusRows;

/** Every GPX row of the shared corpus's manifest: samples, laps and distance as the independent decoder saw them. */
class GpxCorpusTest {
    static Stream<Arguments> rows() {
        var rows = CorpusRows.of("GPX");
        if (rows.isEmpty()) {
            return Stream.of(Arguments.of(Named.of("corpus absent", null)));
        }
        return rows.stream().map(r -> Arguments.of(Named.of(r.file(), r)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void readsAsTheManifestSays(CorpusRows.Row row) {
        CorpusChecks.check(row);
    }
}
