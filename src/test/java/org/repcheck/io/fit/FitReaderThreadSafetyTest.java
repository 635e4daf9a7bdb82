package org.repcheck.io.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.repcheck.io.ReadException;
import org.repcheck.model.Activity;

/** The batch reads files in parallel through one reader: concurrent reads must see exactly what a lone read sees. */
class FitReaderThreadSafetyTest {
    static final FitReader READER = new FitReader();

    static String summary(byte[] b) {
        try {
            Activity a = READER.read("x.fit", new ByteArrayInputStream(b));
            return a.samples().size() + "/" + a.laps().size() + "/" + a.distanceM() + "/" + a.warnings();
        } catch (ReadException e) {
            return e.getMessage();
        }
    }

    @Test
    void parallelReadsMatchSequentialOnes() {
        byte[] good = FitDamageTest.GOOD;
        byte[] zeroSize = good.clone();
        zeroSize[4] = zeroSize[5] = zeroSize[6] = zeroSize[7] = 0;
        List<byte[]> inputs = List.of(good, Arrays.copyOf(good, good.length / 2), zeroSize,
                Arrays.copyOf(good, 13));
        List<String> expected = inputs.stream().map(FitReaderThreadSafetyTest::summary).toList();

        List<String> parallel = IntStream.range(0, 200).parallel()
                .mapToObj(i -> summary(inputs.get(i % inputs.size()))).toList();

        for (int i = 0; i < parallel.size(); i++) {
            assertThat(parallel.get(i)).isEqualTo(expected.get(i % inputs.size()));
        }
    }
}
