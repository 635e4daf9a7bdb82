package org.repcheck.io.fit;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.repcheck.io.ReadException;
import org.repcheck.model.Activity;

/**
 * Whatever the bytes, the FIT reader returns an activity or throws {@link ReadException} — the SDK's own
 * runtime exceptions never escape. Runs the seeds in {@code FitFuzzTestInputs/} during every build; fuzz for
 * real with {@code JAZZER_FUZZ=1 mvn test -Dtest=FitFuzzTest}.
 */
class FitFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void readerOnlyReturnsActivityOrReadException(byte[] bytes) {
        try {
            Activity a = new FitReader().read("fuzz.fit", new ByteArrayInputStream(bytes));
            assertThat(a.warnings()).allSatisfy(w -> assertThat(w).doesNotContain("\n"));
            assertThat(a.samples().size()).isGreaterThanOrEqualTo(0);
        } catch (ReadException e) {
            // "unreadable FIT data (SomeException)" is the reader's last-resort catch: reaching it means a bug in
            // our salvage code, which should have turned the damage into a warning or a specific reason.
            assertThat(e.getMessage()).startsWith("fuzz.fit: ").doesNotContain("\n")
                    .doesNotContain("unreadable FIT data (");
        }
    }
}
