package org.repcheck.synth;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.repcheck.io.tcx.TcxReader;
import org.repcheck.io.tcx.ax2.ActivityTrackpointExtensionT;
import org.repcheck.io.tcx.xml.ActivityLapT;
import org.repcheck.io.tcx.xml.ActivityListT;
import org.repcheck.io.tcx.xml.ActivityT;
import org.repcheck.io.tcx.xml.DeviceT;
import org.repcheck.io.tcx.xml.ExtensionsT;
import org.repcheck.io.tcx.xml.HeartRateInBeatsPerMinuteT;
import org.repcheck.io.tcx.xml.IntensityT;
import org.repcheck.io.tcx.xml.ObjectFactory;
import org.repcheck.io.tcx.xml.PositionT;
import org.repcheck.io.tcx.xml.SportT;
import org.repcheck.io.tcx.xml.TrackT;
import org.repcheck.io.tcx.xml.TrackpointT;
import org.repcheck.io.tcx.xml.TrainingCenterDatabaseT;
import org.repcheck.io.tcx.xml.TriggerMethodT;
import org.repcheck.io.tcx.xml.VersionT;
import org.repcheck.model.Activity;
import org.repcheck.model.Intensity;
import org.repcheck.model.Lap;
import org.repcheck.model.Samples;

/**
 * Writes an {@link Activity} as a TCX file the way Garmin Connect exports one: one Activity, a Lap per activity lap
 * (or one lap for the whole run when it has none) holding the trackpoints in it, with position, altitude,
 * distance, HR and the TPX speed. TCX has only Active/Resting intensities: rest and recovery laps become Resting.
 * Built with the JAXB classes generated from the schema. Deterministic: same activity, same bytes.
 */
public final class TcxWriter {
    private static final org.repcheck.io.tcx.ax2.ObjectFactory AX2 = new org.repcheck.io.tcx.ax2.ObjectFactory();

    private TcxWriter() {
    }

    public static byte[] write(Activity a) {
        Instant start = a.start().orElseThrow();
        ActivityT act = new ActivityT();
        act.setSport(SportT.RUNNING);
        act.setId(start);
        Samples s = a.samples();
        if (a.laps().isEmpty()) {
            act.getLap().add(lap(a, start, new Lap(0, a.elapsedS(), a.timerS(), a.distanceM(), Intensity.ACTIVE,
                    org.repcheck.model.LapTrigger.MANUAL, java.util.OptionalInt.empty(), Double.NaN, Double.NaN),
                    true));
        } else {
            for (int k = 0; k < a.laps().size(); k++) {
                act.getLap().add(lap(a, start, a.laps().get(k), k + 1 == a.laps().size()));
            }
        }
        DeviceT dev = new DeviceT();
        dev.setName(a.device().orElse("repcheck synth"));
        dev.setUnitId(1L);
        dev.setProductID(0);
        VersionT v = new VersionT();
        v.setVersionMajor(1);
        v.setVersionMinor(0);
        dev.setVersion(v);
        act.setCreator(dev);
        TrainingCenterDatabaseT db = new TrainingCenterDatabaseT();
        db.setActivities(new ActivityListT());
        db.getActivities().getActivity().add(act);
        try {
            Marshaller m = TcxReader.context().createMarshaller();
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.marshal(new ObjectFactory().createTrainingCenterDatabase(db), out);
            // Unindented (a third of the size), one trackpoint a line so a diff stays readable.
            return out.toString(java.nio.charset.StandardCharsets.UTF_8).replace("<Trackpoint>", "\n<Trackpoint>")
                    .replace("<Lap ", "\n<Lap ").replace("</TrainingCenterDatabase>", "\n</TrainingCenterDatabase>\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot marshal TCX", e);
        }
    }

    public static void write(Activity a, Path out) throws IOException {
        Files.write(out, write(a));
    }

    private static ActivityLapT lap(Activity a, Instant start, Lap l, boolean last) {
        ActivityLapT lap = new ActivityLapT();
        lap.setStartTime(at(start, l.startS()));
        lap.setTotalTimeSeconds(round3(l.timerS()));
        lap.setDistanceMeters(round3(l.distanceM()));
        lap.setCalories(0);
        if (!Double.isNaN(l.avgHr())) {
            lap.setAverageHeartRateBpm(bpm(l.avgHr()));
        }
        if (!Double.isNaN(l.maxHr())) {
            lap.setMaximumHeartRateBpm(bpm(l.maxHr()));
        }
        lap.setIntensity(switch (l.intensity()) {
            case REST, RECOVERY -> IntensityT.RESTING;
            default -> IntensityT.ACTIVE;
        });
        lap.setTriggerMethod(switch (l.trigger()) {
            case DISTANCE -> TriggerMethodT.DISTANCE;
            case TIME -> TriggerMethodT.TIME;
            default -> TriggerMethodT.MANUAL;
        });
        TrackT track = new TrackT();
        lap.getTrack().add(track);
        Samples s = a.samples();
        for (int i = 0; i < s.size(); i++) {
            double t = s.time(i);
            if (t < l.startS() || (t >= l.endS() && !last)) {
                continue;
            }
            TrackpointT p = new TrackpointT();
            p.setTime(at(start, t));
            if (!Double.isNaN(s.lat(i)) && !Double.isNaN(s.lon(i))) {
                PositionT pos = new PositionT();
                pos.setLatitudeDegrees(Math.round(s.lat(i) * 1e7) / 1e7);
                pos.setLongitudeDegrees(Math.round(s.lon(i) * 1e7) / 1e7);
                p.setPosition(pos);
            }
            if (!Double.isNaN(s.altitude(i))) {
                p.setAltitudeMeters(Math.round(s.altitude(i) * 10) / 10.0);
            }
            if (!Double.isNaN(s.distance(i))) {
                p.setDistanceMeters(Math.round(s.distance(i) * 100) / 100.0);
            }
            if (!Double.isNaN(s.hr(i))) {
                p.setHeartRateBpm(bpm(s.hr(i)));
            }
            if (!Double.isNaN(s.speed(i))) {
                ActivityTrackpointExtensionT tpx = new ActivityTrackpointExtensionT();
                tpx.setSpeed(Math.round(s.speed(i) * 1000) / 1000.0);
                ExtensionsT ext = new ExtensionsT();
                ext.getAny().add(AX2.createTPX(tpx));
                p.setExtensions(ext);
            }
            track.getTrackpoint().add(p);
        }
        return lap;
    }

    private static Instant at(Instant start, double s) {
        return start.plusMillis(Math.round(s * 1000));
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static HeartRateInBeatsPerMinuteT bpm(double v) {
        HeartRateInBeatsPerMinuteT h = new HeartRateInBeatsPerMinuteT();
        h.setValue((short) Math.round(v));
        return h;
    }
}
