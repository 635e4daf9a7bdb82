package org.repcheck.io.tcx;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.repcheck.io.ReadException;
import org.repcheck.model.Activity;

/**
 * Whatever the bytes, the TCX reader gives an activity or a ReadException — never another exception. Runs on the
 * seeds in TcxFuzzTestInputs/fuzzTcx in a plain build; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class TcxFuzzTest {
    @FuzzTest(maxDuration = "2m")
    void fuzzTcx(byte[] data) {
        try {
            Activity a = new TcxReader().read("fuzz.tcx", new ByteArrayInputStream(data));
            assertThat(a.samples().size() + a.laps().size()).isPositive();
        } catch (ReadException expected) {
            assertThat(expected.getMessage()).startsWith("fuzz.tcx: ");
        }
    }
}
