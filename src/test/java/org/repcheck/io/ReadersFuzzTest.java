package org.repcheck.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.repcheck.model.Activity;

/**
 * The one door into io, fuzzed whole: gzip (and its salvage of cut data), sniffing by content in any XML
 * encoding, the read budget, then the format's reader. Whatever the bytes, an activity or a ReadException whose
 * one line names the file and no Java class. Seeds in {@code ReadersFuzzTestInputs/} run in every build; fuzz for
 * real with {@code JAZZER_FUZZ=1 mvn test -Dtest=ReadersFuzzTest}.
 */
class ReadersFuzzTest {
    private static final Readers READERS = new Readers();
    /**
     * A Java class name as exceptions print it ("java.lang.IllegalArgumentException", "NumberFormatException:"),
     * not the word itself: a file may well have an element called {@code <Exception>}, and saying so is fine.
     */
    private static final java.util.regex.Pattern CLASS_NAME = java.util.regex.Pattern.compile(
            "\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error)\\b|\\b[A-Z]\\w*(?:Exception|Error):");

    @FuzzTest(maxDuration = "5m")
    void readersOnlyReturnActivityOrReadException(byte[] bytes) {
        try {
            Activity a = READERS.read("fuzz.bin", new ByteArrayInputStream(bytes));
            assertThat(a.warnings()).allSatisfy(w -> assertThat(w).doesNotContain("\n").doesNotContainPattern(CLASS_NAME));
        } catch (ReadException e) {
            assertThat(e.getMessage()).startsWith("fuzz.bin: ").doesNotContain("\n").doesNotContainPattern(CLASS_NAME)
                    .doesNotContain("unreadable FIT data (");
        }
    }
}
