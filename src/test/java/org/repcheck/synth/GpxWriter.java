package org.repcheck.synth;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.repcheck.io.gpx.GpxReader;
import org.repcheck.io.gpx.tpx2.TrackPointExtensionT;
import org.repcheck.io.gpx.xml.ExtensionsType;
import org.repcheck.io.gpx.xml.GpxType;
import org.repcheck.io.gpx.xml.ObjectFactory;
import org.repcheck.io.gpx.xml.TrkType;
import org.repcheck.io.gpx.xml.TrksegType;
import org.repcheck.io.gpx.xml.WptType;
import org.repcheck.model.Activity;
import org.repcheck.model.Samples;

/**
 * Writes an {@link Activity} as a GPX 1.1 track the way a watch export looks: one trkseg, a trkpt per sample with
 * a position (samples without one are skipped, as GPX has nowhere to put them), elevation, time, and heart rate in
 * Garmin's TrackPointExtension v2. Built with the JAXB classes generated from the schema, so it is valid GPX.
 * Deterministic: same activity, same bytes.
 */
public final class GpxWriter {
    private static final org.repcheck.io.gpx.tpx2.ObjectFactory TPX2 = new org.repcheck.io.gpx.tpx2.ObjectFactory();

    private GpxWriter() {
    }

    public static byte[] write(Activity a) {
        Instant start = a.start().orElseThrow();
        GpxType gpx = new GpxType();
        gpx.setVersion("1.1");
        gpx.setCreator(a.device().orElse("repcheck synth"));
        TrkType trk = new TrkType();
        trk.setType(a.sport());
        trk.setName(a.source());
        gpx.getTrk().add(trk);
        TrksegType seg = new TrksegType();
        trk.getTrkseg().add(seg);
        Samples s = a.samples();
        for (int i = 0; i < s.size(); i++) {
            if (Double.isNaN(s.lat(i)) || Double.isNaN(s.lon(i)) || Double.isNaN(s.time(i))) {
                continue;
            }
            WptType w = new WptType();
            w.setLat(BigDecimal.valueOf(s.lat(i)).setScale(7, RoundingMode.HALF_EVEN));
            w.setLon(BigDecimal.valueOf(s.lon(i)).setScale(7, RoundingMode.HALF_EVEN));
            if (!Double.isNaN(s.altitude(i))) {
                w.setEle(BigDecimal.valueOf(s.altitude(i)).setScale(1, RoundingMode.HALF_EVEN));
            }
            w.setTime(start.plusMillis(Math.round(s.time(i) * 1000)));
            if (!Double.isNaN(s.hr(i))) {
                TrackPointExtensionT tpx = new TrackPointExtensionT();
                tpx.setHr((short) Math.round(s.hr(i)));
                ExtensionsType ext = new ExtensionsType();
                ext.getAny().add(TPX2.createTrackPointExtension(tpx));
                w.setExtensions(ext);
            }
            seg.getTrkpt().add(w);
        }
        try {
            Marshaller m = GpxReader.context().createMarshaller();
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.marshal(new ObjectFactory().createGpx(gpx), out);
            // Unindented (a third of the size), one trkpt a line so a diff stays readable.
            return out.toString(java.nio.charset.StandardCharsets.UTF_8).replace("<trkpt ", "\n<trkpt ")
                    .replace("</gpx>", "\n</gpx>\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot marshal GPX", e);
        }
    }

    public static void write(Activity a, Path out) throws IOException {
        Files.write(out, write(a));
    }
}
