package org.repcheck.io.tcx;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;
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
import org.repcheck.model.LapTrigger;

/**
 * Builds TCX documents with the generated classes, marshals them, reads them back and expects exactly what went
 * in: laps (intensity, trigger, HR), trackpoints (position, altitude, distance, HR, TPX speed and run cadence),
 * a pause written as a second Track in a lap.
 */
class TcxRoundTripTest {
    private static final Instant T0 = Instant.parse("2026-05-11T07:30:00Z");
    private static final org.repcheck.io.tcx.ax2.ObjectFactory AX2 = new org.repcheck.io.tcx.ax2.ObjectFactory();

    private static HeartRateInBeatsPerMinuteT bpm(int v) {
        HeartRateInBeatsPerMinuteT h = new HeartRateInBeatsPerMinuteT();
        h.setValue((short) v);
        return h;
    }

    private static TrackpointT point(int second, double distance, int hr) {
        TrackpointT p = new TrackpointT();
        p.setTime(T0.plusSeconds(second));
        PositionT pos = new PositionT();
        pos.setLatitudeDegrees(45 + distance * 1e-5);
        pos.setLongitudeDegrees(7);
        p.setPosition(pos);
        p.setAltitudeMeters(100.0 + second % 7);
        p.setDistanceMeters(distance);
        p.setHeartRateBpm(bpm(hr));
        ActivityTrackpointExtensionT tpx = new ActivityTrackpointExtensionT();
        tpx.setSpeed(4.0 + (second % 2) * 0.5);
        tpx.setRunCadence((short) 90);
        ExtensionsT ext = new ExtensionsT();
        ext.getAny().add(AX2.createTPX(tpx));
        p.setExtensions(ext);
        return p;
    }

    private static ActivityLapT lap(int startS, int seconds, double startDistance, IntensityT intensity,
                                    TriggerMethodT trigger, int pauseAtS) {
        ActivityLapT lap = new ActivityLapT();
        lap.setStartTime(T0.plusSeconds(startS));
        lap.setTotalTimeSeconds(seconds);
        lap.setDistanceMeters(seconds * 4.0);
        lap.setCalories(10);
        lap.setAverageHeartRateBpm(bpm(150));
        lap.setMaximumHeartRateBpm(bpm(170));
        lap.setIntensity(intensity);
        lap.setTriggerMethod(trigger);
        TrackT track = new TrackT();
        lap.getTrack().add(track);
        int wall = startS;
        for (int i = 0; i < seconds; i++) {
            if (i == pauseAtS) {
                track = new TrackT();
                lap.getTrack().add(track);
                wall += 30;
            }
            track.getTrackpoint().add(point(wall, startDistance + i * 4.0, 140 + i % 20));
            wall++;
        }
        return lap;
    }

    @Test
    void lapsAndTrackpointsComeBackExactly() throws Exception {
        ActivityT act = new ActivityT();
        act.setSport(SportT.RUNNING);
        act.setId(T0);
        act.getLap().add(lap(0, 60, 0, IntensityT.ACTIVE, TriggerMethodT.MANUAL, -1));
        act.getLap().add(lap(60, 40, 240, IntensityT.RESTING, TriggerMethodT.TIME, 20));
        act.getLap().add(lap(130, 20, 400, IntensityT.ACTIVE, TriggerMethodT.DISTANCE, -1));
        DeviceT dev = new DeviceT();
        dev.setName("Forerunner 945");
        dev.setVersion(new VersionT());
        act.setCreator(dev);
        TrainingCenterDatabaseT db = new TrainingCenterDatabaseT();
        db.setActivities(new ActivityListT());
        db.getActivities().getActivity().add(act);

        Marshaller m = TcxReader.context().createMarshaller();
        m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.marshal(new ObjectFactory().createTrainingCenterDatabase(db), out);
        Activity a = new TcxReader().read("rt.tcx", new ByteArrayInputStream(out.toByteArray()));

        assertThat(a.warnings()).isEmpty();
        assertThat(a.sport()).isEqualTo("running");
        assertThat(a.device()).contains("Forerunner 945");
        assertThat(a.start()).contains(T0);
        assertThat(a.samples().size()).isEqualTo(120);
        assertThat(a.laps()).extracting(Lap::intensity)
                .containsExactly(Intensity.ACTIVE, Intensity.REST, Intensity.ACTIVE);
        assertThat(a.laps()).extracting(Lap::trigger)
                .containsExactly(LapTrigger.MANUAL, LapTrigger.TIME, LapTrigger.DISTANCE);
        assertThat(a.laps()).extracting(Lap::startS).containsExactly(0.0, 60.0, 130.0);
        assertThat(a.laps()).extracting(Lap::timerS).containsExactly(60.0, 40.0, 20.0);
        assertThat(a.laps()).extracting(Lap::elapsedS).containsExactly(60.0, 70.0, 20.0);
        assertThat(a.laps()).extracting(Lap::distanceM).containsExactly(240.0, 160.0, 80.0);
        assertThat(a.laps()).extracting(Lap::avgHr).containsOnly(150.0);
        assertThat(a.laps()).extracting(Lap::maxHr).containsOnly(170.0);
        assertThat(a.pauses()).singleElement().satisfies(p -> {
            assertThat(p.startS()).isEqualTo(79);
            assertThat(p.endS()).isEqualTo(110);
        });
        assertThat(a.timerS()).isEqualTo(120);
        assertThat(a.elapsedS()).isEqualTo(149);
        assertThat(a.distanceM()).isEqualTo(480);
        for (int k = 0; k < 120; k++) {
            double d = k * 4.0;
            assertThat(a.samples().distance(k)).isEqualTo(d);
            assertThat(a.samples().lat(k)).isEqualTo(45 + d * 1e-5);
            assertThat(a.samples().cadence(k)).isEqualTo(90);
        }
        assertThat(a.samples().time(80)).isEqualTo(110);
        assertThat(a.samples().hr(60)).isEqualTo(140);
        assertThat(a.samples().speed(1)).isEqualTo(4.5);
        assertThat(a.samples().altitude(3)).isEqualTo(103);
    }
}
