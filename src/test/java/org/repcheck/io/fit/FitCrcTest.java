package org.repcheck.io.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The byte-table CRC is the protocol's nibble-table CRC, and an intact FIT file checks to zero with it. */
class FitCrcTest {
    @Test
    void byteTableCrcEqualsTheProtocolsNibbleCrcOnRandomBytes() {
        SplittableRandom rnd = new SplittableRandom(14);
        for (int n = 0; n < 300; n++) {
            byte[] b = new byte[rnd.nextInt(0, 2000)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) rnd.nextInt(256);
            }
            int from = b.length == 0 ? 0 : rnd.nextInt(b.length);
            assertThat(FitCrc.of(b, from, b.length)).isEqualTo(FitCrc.ofByNibbles(b, from, b.length));
        }
    }

    @Test
    void anSdkWrittenFileChecksToZeroAndOneFlippedBitDoesNot() {
        byte[] fit = FitWriter.write(org.repcheck.synth.SessionGenerator.steady(3,
                org.repcheck.synth.Spec.LapMode.AUTO_KM).activity());
        int header = fit[0] & 0xff;
        assertThat(FitCrc.of(fit, 0, fit.length)).isZero();
        assertThat(FitCrc.of(fit, 0, header)).isZero(); // the 14-byte header carries its own CRC
        fit[header + 40] ^= 0x10;
        assertThat(FitCrc.of(fit, 0, fit.length)).isNotZero();
    }
}
