package org.repcheck.io.gpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.repcheck.io.gpx.tpx2.TrackPointExtensionT;
import org.repcheck.io.gpx.xml.ExtensionsType;
import org.repcheck.io.gpx.xml.GpxType;
import org.repcheck.io.gpx.xml.ObjectFactory;
import org.repcheck.io.gpx.xml.TrkType;
import org.repcheck.io.gpx.xml.TrksegType;
import org.repcheck.io.gpx.xml.WptType;
import org.repcheck.model.GeoDistance;
import org.repcheck.model.Activity;

/**
 * Builds GPX documents with the generated classes (so they are what the schema says, not what we think it says),
 * marshals them, reads them back and expects exactly what went in.
 */
class GpxRoundTripTest {
    private static final Instant T0 = Instant.parse("2026-05-11T07:30:00Z");
    private static final org.repcheck.io.gpx.tpx2.ObjectFactory TPX2 = new org.repcheck.io.gpx.tpx2.ObjectFactory();

    /** Two segments of 1 s points with HR, cadence and speed in TrackPointExtension v2; a 45 s pause between. */
    private static GpxType workout() {
        GpxType gpx = new GpxType();
        gpx.setVersion("1.1");
        gpx.setCreator("Round Trip 945");
        TrkType trk = new TrkType();
        trk.setType("running");
        gpx.getTrk().add(trk);
        int second = 0;
        for (int seg = 0; seg < 2; seg++) {
            TrksegType s = new TrksegType();
            trk.getTrkseg().add(s);
            for (int i = 0; i < 60; i++) {
                int k = seg * 60 + i;
                WptType w = new WptType();
                w.setLat(BigDecimal.valueOf(45 + k * 3e-5));
                w.setLon(BigDecimal.valueOf(7));
                w.setEle(BigDecimal.valueOf(200 + k * 0.5));
                w.setTime(T0.plusSeconds(second));
                TrackPointExtensionT tpx = new TrackPointExtensionT();
                tpx.setHr((short) (130 + k % 30));
                tpx.setCad((short) 88);
                tpx.setSpeed(3.3 + (k % 3) * 0.1);
                ExtensionsType ext = new ExtensionsType();
                ext.getAny().add(TPX2.createTrackPointExtension(tpx));
                w.setExtensions(ext);
                s.getTrkpt().add(w);
                second++;
            }
            second += 45;
        }
        return gpx;
    }

    private static Activity roundTrip(GpxType gpx) throws Exception {
        Marshaller m = GpxReader.context().createMarshaller();
        m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.marshal(new ObjectFactory().createGpx(gpx), out);
        return new GpxReader().read("rt.gpx", new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void everyValueComesBackExactly() throws Exception {
        Activity a = roundTrip(workout());
        assertThat(a.samples().size()).isEqualTo(120);
        assertThat(a.sport()).isEqualTo("running");
        assertThat(a.device()).contains("Round Trip 945");
        assertThat(a.start()).contains(T0);
        assertThat(a.warnings()).isEmpty();
        for (int k = 0; k < 120; k++) {
            double t = k < 60 ? k : k + 45;
            assertThat(a.samples().time(k)).isEqualTo(t);
            assertThat(a.samples().lat(k)).isEqualTo(45 + k * 3e-5);
            assertThat(a.samples().lon(k)).isEqualTo(7);
            assertThat(a.samples().altitude(k)).isEqualTo(200 + k * 0.5);
            assertThat(a.samples().hr(k)).isEqualTo(130 + k % 30);
            assertThat(a.samples().cadence(k)).isEqualTo(88);
            assertThat(a.samples().speed(k)).isEqualTo(3.3 + (k % 3) * 0.1);
        }
        assertThat(a.elapsedS()).isEqualTo(164);
        assertThat(a.pauses()).hasSize(1);
        assertThat(a.pauses().get(0).startS()).isEqualTo(59);
        assertThat(a.pauses().get(0).endS()).isEqualTo(105);
        assertThat(a.timerS()).isEqualTo(164 - 46);
        double expected = 0;
        for (int k = 1; k < 120; k++) {
            if (k != 60) {
                expected += GeoDistance.haversineM(45 + (k - 1) * 3e-5, 7, 45 + k * 3e-5, 7);
            }
        }
        assertThat(a.distanceM()).isCloseTo(expected, within(1e-6));
        assertThat(a.segments()).singleElement().satisfies(s -> {
            assertThat(s.sport()).isEqualTo("running");
            assertThat(s.range().endS()).isEqualTo(164);
        });
    }

    @Test
    void trackPointExtensionV1ComesBackToo() throws Exception {
        GpxType gpx = workout();
        org.repcheck.io.gpx.tpx1.ObjectFactory v1 = new org.repcheck.io.gpx.tpx1.ObjectFactory();
        WptType w = gpx.getTrk().get(0).getTrkseg().get(0).getTrkpt().get(3);
        org.repcheck.io.gpx.tpx1.TrackPointExtensionT old = new org.repcheck.io.gpx.tpx1.TrackPointExtensionT();
        old.setHr((short) 177);
        old.setCad((short) 91);
        w.getExtensions().getAny().clear();
        w.getExtensions().getAny().add(v1.createTrackPointExtension(old));
        Activity a = roundTrip(gpx);
        assertThat(a.samples().hr(3)).isEqualTo(177);
        assertThat(a.samples().cadence(3)).isEqualTo(91);
        assertThat(a.samples().speed(3)).isNaN();
    }
}
