package org.repcheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.repcheck.io.xml.PointColumns;

class ReadLimitsTest {
    /** An endless stream of one byte, as /dev/zero or a hostile pipe would give. */
    private static InputStream endless(byte b) {
        return new InputStream() {
            @Override
            public int read() {
                return b & 0xff;
            }

            @Override
            public int read(byte[] buf, int off, int len) {
                java.util.Arrays.fill(buf, off, off + len, b);
                return len;
            }
        };
    }

    @Test
    void anEndlessXmlFileStopsAtTheExpandedBudgetWithOneLine() {
        InputStream xml = new java.io.SequenceInputStream(
                new ByteArrayInputStream("<gpx><trk><trkseg>".getBytes(StandardCharsets.UTF_8)), endless((byte) ' '));
        assertThatThrownBy(() -> new Readers().read("endless.gpx", xml)).isInstanceOf(ReadException.class)
                .hasMessage("endless.gpx: larger than 256 MB; not read");
    }

    @Test
    void aGzipBombIsRefusedByItsExpansionRatioLongBeforeTheByteBudget() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(bomb)) {
            g.write("<gpx><trk><trkseg>".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[40 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            g.write(spaces);
        }
        long started = System.nanoTime();
        assertThatThrownBy(() -> new Readers().read("bomb.gpx.gz", new ByteArrayInputStream(bomb.toByteArray())))
                .isInstanceOf(ReadException.class).hasMessageContaining("expands more than 200-fold")
                .hasMessageEndingWith("; not read");
        assertThat(System.nanoTime() - started).isLessThan(10_000_000_000L);
    }

    @Test
    void pointsPastTheSampleBudgetStopTheRead() {
        PointColumns p = new PointColumns();
        for (int i = 0; i < ReadLimits.MAX_SAMPLES; i++) {
            p.add();
        }
        assertThatThrownBy(p::add).isInstanceOf(ReadLimits.Exceeded.class)
                .hasMessage("more than 500,000 samples in one activity; not read");
    }
}
