package org.repcheck.io.gpx;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.repcheck.io.ReadException;
import org.repcheck.model.Activity;

/**
 * Whatever the bytes, the GPX reader gives an activity or a ReadException — never another exception. Runs on the
 * seeds in GpxFuzzTestInputs/fuzzGpx in a plain build; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class GpxFuzzTest {
    @FuzzTest(maxDuration = "2m")
    void fuzzGpx(byte[] data) {
        try {
            Activity a = new GpxReader().read("fuzz.gpx", new ByteArrayInputStream(data));
            assertThat(a.samples().size()).isPositive();
        } catch (ReadException expected) {
            assertThat(expected.getMessage()).startsWith("fuzz.gpx: ");
        }
    }
}
