package org.repcheck.io.gpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repcheck.io.ReadException;
import org.repcheck.io.Readers;
import org.repcheck.model.Activity;
import org.repcheck.model.Channel;
import org.repcheck.model.Format;

/** Hand-written GPX documents for the messy cases real files have. */
class GpxReaderTest {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<gpx version=\"1.1\" creator=\"Test Watch 1\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n";

    private static Activity read(String xml) throws ReadException {
        return read(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static Activity read(byte[] bytes) throws ReadException {
        return new GpxReader().read("test.gpx", new ByteArrayInputStream(bytes));
    }

    private static String pt(double lat, double lon, String inner) {
        return "<trkpt lat=\"" + lat + "\" lon=\"" + lon + "\">" + inner + "</trkpt>\n";
    }

    private static String time(int s) {
        return "<time>" + Instant.parse("2026-05-11T07:30:00Z").plusSeconds(s) + "</time>";
    }

    @Test
    void bomAndWhitespaceBeforeTheDeclarationAreSkipped() throws Exception {
        String doc = "  \n\t" + HEAD + "<trk><trkseg>" + pt(45, 7, time(0)) + pt(45.0001, 7, time(1))
                + "</trkseg></trk></gpx>";
        byte[] body = doc.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Activity a = read(withBom);
        assertThat(a.samples().size()).isEqualTo(2);
        assertThat(a.start()).contains(Instant.parse("2026-05-11T07:30:00Z"));
        assertThat(a.device()).contains("Test Watch 1");
        assertThat(a.format()).isEqualTo(Format.GPX);
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void heartRateDirectlyUnderExtensionsAndUnderForeignPrefixes() throws Exception {
        String doc = "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"x\" xmlns=\"http://www.topografix.com/GPX/1/1\""
                + " xmlns:ns3=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\""
                + " xmlns:other=\"http://example.com/some/TrackPointExtension/v9\"><trk><trkseg>"
                + pt(45, 7, time(0) + "<extensions><hr>141</hr></extensions>")
                + pt(45, 7.0001, time(1) + "<extensions><bpm>142</bpm><cadence>88</cadence></extensions>")
                + pt(45, 7.0002, time(2) + "<extensions><ns3:TrackPointExtension><ns3:hr>143</ns3:hr>"
                        + "<ns3:cad>89</ns3:cad></ns3:TrackPointExtension></extensions>")
                + pt(45, 7.0003, time(3) + "<extensions><other:TrackPointExtension><other:hr>144</other:hr>"
                        + "<other:speed>3.5</other:speed></other:TrackPointExtension></extensions>")
                + pt(45, 7.0004, time(4) + "<extensions><ns3:hr>145</ns3:hr><heartrate>999</heartrate></extensions>")
                + "</trkseg></trk></gpx>";
        Activity a = read(doc);
        assertThat(a.samples().column(Channel.HR)).containsExactly(141, 142, 143, 144, 145);
        assertThat(a.samples().cadence(1)).isEqualTo(88);
        assertThat(a.samples().cadence(2)).isEqualTo(89);
        assertThat(a.samples().speed(3)).isEqualTo(3.5);
        assertThat(a.samples().speed(0)).isNaN();
    }

    @Test
    void gpx10AndNamespacelessFilesReadLikeGpx11() throws Exception {
        String v10 = "<?xml version=\"1.0\"?><gpx version=\"1.0\" creator=\"old\" xmlns=\"http://www.topografix.com/GPX/1/0\">"
                + "<trk><trkseg>" + pt(45, 7, "<ele>12.5</ele>" + time(0) + "<course>12</course><speed>3.2</speed>")
                + pt(45, 7.001, time(5))
                + "</trkseg></trk></gpx>";
        Activity a = read(v10);
        assertThat(a.samples().altitude(0)).isEqualTo(12.5);
        assertThat(a.samples().speed(0)).isEqualTo(3.2);
        assertThat(a.warnings()).isEmpty();
        assertThat(a.samples().time(1)).isEqualTo(5.0);
        String bare = v10.replace(" xmlns=\"http://www.topografix.com/GPX/1/0\"", "");
        Activity b = read(bare);
        assertThat(b.samples().altitude(0)).isEqualTo(12.5);
        assertThat(b.samples().time(1)).isEqualTo(5.0);
    }

    @Test
    void pointsWithoutTimesGiveNoTimeAxisAndSaySo() throws Exception {
        Activity a = read(HEAD + "<trk><trkseg>" + pt(45, 7, "") + pt(45.001, 7, "") + pt(45.002, 7, "")
                + "</trkseg></trk></gpx>");
        assertThat(a.start()).isEmpty();
        assertThat(a.hasTimeAxis()).isFalse();
        assertThat(a.samples().column(Channel.TIME)).containsOnly(Double.NaN);
        assertThat(a.elapsedS()).isNaN();
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).startsWith("no timestamps: "));
        assertThat(a.distanceM()).isCloseTo(222.4, within(0.5));
    }

    @Test
    void backwardsTimestampsAreKeptInFileOrderWithAWarning() throws Exception {
        Activity a = read(HEAD + "<trk><trkseg>" + pt(45, 7, time(0)) + pt(45, 7.0001, time(10))
                + pt(45, 7.0002, time(4)) + pt(45, 7.0003, time(12)) + "</trkseg></trk></gpx>");
        assertThat(a.samples().column(Channel.TIME)).containsExactly(0, 10, 4, 12);
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("backwards 1 time").contains("-6 s"));
    }

    @Test
    void severalTracksAndSegmentsAreOneActivityAndSegmentGapsArePauses() throws Exception {
        Activity a = read(HEAD + "<trk><type>Running</type><trkseg>" + pt(45, 7, time(0)) + pt(45, 7.001, time(10))
                + "</trkseg><trkseg></trkseg><trkseg>" + pt(45, 7.002, time(70)) + "</trkseg></trk>"
                + "<trk><trkseg>" + pt(45, 7.003, time(80)) + "</trkseg></trk></gpx>");
        assertThat(a.samples().size()).isEqualTo(4);
        assertThat(a.sport()).isEqualTo("running");
        assertThat(a.pauses()).hasSize(2);
        assertThat(a.pauses().get(0).startS()).isEqualTo(10);
        assertThat(a.pauses().get(0).endS()).isEqualTo(70);
        assertThat(a.elapsedS()).isEqualTo(80);
        assertThat(a.timerS()).isEqualTo(10);
        // Distance is measured inside segments only: the jumps between segments are not ground covered.
        assertThat(a.samples().distance(1)).isEqualTo(a.samples().distance(2));
    }

    @Test
    void sportIsUnknownWithoutTrackType() throws Exception {
        Activity a = read(HEAD + "<trk><trkseg>" + pt(45, 7, time(0)) + "</trkseg></trk></gpx>");
        assertThat(a.sport()).isEqualTo("unknown");
        assertThat(a.laps()).isEmpty();
    }

    @Test
    void externalEntitiesAreRefusedAndNeverExpanded(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<gpx version=\"1.1\" creator=\"&x;\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg>"
                + pt(45, 7, "<name>&x;</name>" + time(0)) + "</trkseg></trk></gpx>";
        assertThatThrownBy(() -> read(doc)).isInstanceOf(ReadException.class)
                .hasMessageContaining("refused: the file declares a DTD/external entity")
                .hasMessageNotContaining("TOP-SECRET");
        String passwd = doc.replace(secret.toUri().toString(), "file:///etc/passwd");
        assertThatThrownBy(() -> read(passwd)).isInstanceOf(ReadException.class)
                .hasMessageContaining("refused").hasMessageNotContaining("root:");
    }

    @Test
    void brokenXmlKeepsThePointsBeforeTheBreak() throws Exception {
        String doc = HEAD + "<trk><trkseg>" + pt(45, 7, time(0)) + pt(45, 7.001, time(1)) + "<trkpt lat=\"45\" <<<";
        Activity a = read(doc);
        assertThat(a.samples().size()).isEqualTo(2);
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).startsWith("broken XML at line ").contains("2 points"));
    }

    @Test
    void brokenXmlBeforeAnyPointIsAnErrorWithTheLine() {
        assertThatThrownBy(() -> read(HEAD + "<trk><trkseg>\n<trkpt lat=\"45\" <<<"))
                .isInstanceOf(ReadException.class).hasMessageContaining("broken XML at line 4");
    }

    @Test
    void gpxWithoutTrackPointsSaysWhatItIs() {
        assertThatThrownBy(() -> read(HEAD + "<metadata><name>x</name></metadata></gpx>"))
                .hasMessage("test.gpx: a GPX with only metadata: nothing recorded");
        assertThatThrownBy(() -> read(HEAD + "<rte><rtept lat=\"1\" lon=\"2\"/></rte></gpx>"))
                .hasMessage("test.gpx: a GPX with a route and no track: nothing recorded");
        assertThatThrownBy(() -> read(HEAD + "<wpt lat=\"1\" lon=\"2\"/></gpx>"))
                .hasMessageContaining("only waypoints");
        assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(ReadException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> read("<?xml version=\"1.0\"?><kml/>")).hasMessageContaining("not a GPX file");
    }

    @Test
    void badValuesCostOneFieldAndAWarning() throws Exception {
        Activity a = read(HEAD + "<trk><trkseg>" + pt(45, 7, "<ele>high</ele>" + time(0))
                + "<trkpt lat=\"45\" lon=\"7.001\"><time>yesterday</time></trkpt>"
                + pt(45, 7.002, time(2)) + pt(45, 7.003, time(3)) + "</trkseg></trk></gpx>");
        assertThat(a.samples().size()).isEqualTo(4);
        assertThat(a.samples().altitude(0)).isNaN();
        assertThat(a.samples().time(1)).isNaN();
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("could not be read"));
    }

    @Test
    void gzippedFileReadsLikeThePlainOne(@TempDir Path dir) throws Exception {
        String doc = HEAD + "<trk><trkseg>" + pt(45, 7, time(0) + "<extensions><hr>150</hr></extensions>")
                + pt(45.001, 7, time(1)) + "</trkseg></trk></gpx>";
        Path plain = dir.resolve("run.gpx");
        Files.writeString(plain, doc);
        Path gz = dir.resolve("run.gpx.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(doc.getBytes(StandardCharsets.UTF_8));
        }
        Activity p = new Readers().read(plain);
        Activity z = new Readers().read(gz);
        assertThat(z.samples().column(Channel.HR)).containsExactly(p.samples().column(Channel.HR));
        assertThat(z.samples().column(Channel.DISTANCE)).containsExactly(p.samples().column(Channel.DISTANCE));
        assertThat(z.start()).isEqualTo(p.start());
        assertThat(z.distanceM()).isEqualTo(p.distanceM());
        assertThat(z.warnings()).isEqualTo(p.warnings());
    }

    @Test
    void readsALargeFileFromDisk(@TempDir Path dir) throws IOException, ReadException {
        int n = 200_000;
        Path big = dir.resolve("big.gpx");
        try (var w = Files.newBufferedWriter(big)) {
            w.write("<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"gen\" xmlns=\"http://www.topografix.com/GPX/1/1\""
                    + " xmlns:t=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v2\"><trk><trkseg>\n");
            Instant t0 = Instant.parse("2026-05-11T07:30:00Z");
            for (int i = 0; i < n; i++) {
                w.write("<trkpt lat=\"" + (45 + i * 1e-5) + "\" lon=\"7\"><time>" + t0.plusSeconds(i)
                        + "</time><extensions><t:TrackPointExtension><t:hr>" + (120 + i % 40)
                        + "</t:hr></t:TrackPointExtension></extensions></trkpt>\n");
            }
            w.write("</trkseg></trk></gpx>\n");
        }
        Activity a = new Readers().read(big);
        assertThat(a.samples().size()).isEqualTo(n);
        assertThat(a.samples().time(n - 1)).isEqualTo(n - 1);
        assertThat(a.samples().hr(n - 1)).isEqualTo(120 + (n - 1) % 40);
        assertThat(a.distanceM()).isCloseTo((n - 1) * 1e-5 * Math.PI / 180 * 6_371_008.8, within(5.0));
    }

    static byte[] bytes(String s) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }
}
