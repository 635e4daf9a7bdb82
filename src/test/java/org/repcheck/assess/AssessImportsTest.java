package org.repcheck.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Judgements are values and words come last (DESIGN.md): assess may not reach into report for units or wording.
 * A plain source scan (ArchUnit is not among the build's dependencies yet); it also catches fully qualified uses.
 */
class AssessImportsTest {
    @Test
    void assessUsesNothingFromReport() throws IOException {
        Path dir = Path.of("src", "main", "java", "org", "repcheck", "assess");
        List<String> offenders;
        try (Stream<Path> files = Files.list(dir)) {
            offenders = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return Files.readString(p).contains("org.repcheck.report");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(p -> p.getFileName().toString()).toList();
        }
        assertThat(offenders).as("assess classes that mention org.repcheck.report").isEmpty();
    }
}
