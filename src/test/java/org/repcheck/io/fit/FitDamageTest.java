package org.repcheck.io.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.garmin.fit.BufferEncoder;
import com.garmin.fit.DateTime;
import com.garmin.fit.File;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Fit;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.WktStepDuration;
import com.garmin.fit.WorkoutMesg;
import com.garmin.fit.WorkoutStepMesg;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.repcheck.io.ReadException;
import org.repcheck.model.Activity;

/** Damaged and odd FIT bytes: salvaged with one warning line each, or refused with a reason — never a crash. */
class FitDamageTest {
    static final byte[] GOOD = FitWriter.write(FitRoundTripTest.trackSession());
    static final int SAMPLES = 600;

    static Activity read(byte[] b) throws ReadException {
        return new FitReader().read("run.fit", new ByteArrayInputStream(b));
    }

    @Test
    void intactFileHasNoWarnings() throws Exception {
        assertThat(read(GOOD).warnings()).isEmpty();
    }

    @Test
    void truncatedFileKeepsEverySampleBeforeTheCut() throws Exception {
        Activity a = read(Arrays.copyOf(GOOD, GOOD.length * 2 / 3));

        assertThat(a.samples().size()).isBetween(1, SAMPLES - 1);
        assertThat(a.warnings()).first().asString()
                .startsWith("truncated FIT file (data ends at byte ")
                .endsWith("; " + a.samples().size() + " samples kept");
    }

    @Test
    void badCrcIsAWarningNotARefusal() throws Exception {
        byte[] b = GOOD.clone();
        b[b.length - 1] ^= 0x55;
        Activity a = read(b);

        assertThat(a.samples().size()).isEqualTo(SAMPLES);
        assertThat(a.warnings()).singleElement().asString().startsWith("bad file CRC");
    }

    @Test
    void zeroDataSizeInHeaderReadsToTheEnd() throws Exception {
        byte[] b = GOOD.clone();
        b[4] = b[5] = b[6] = b[7] = 0;
        Activity a = read(b);

        assertThat(a.samples().size()).isEqualTo(SAMPLES);
        assertThat(a.laps()).hasSize(4);
        assertThat(a.warnings()).anyMatch(w -> w.startsWith("header data size is zero"));
    }

    @Test
    void chainedPartsAreReadInFull() throws Exception {
        byte[] b = Arrays.copyOf(GOOD, GOOD.length * 2);
        System.arraycopy(GOOD, 0, b, GOOD.length, GOOD.length);
        Activity a = read(b);

        assertThat(a.samples().size()).isEqualTo(2 * SAMPLES);
        assertThat(a.laps()).hasSize(8);
        assertThat(a.segments()).hasSize(2);
    }

    @Test
    void corruptSecondPartKeepsTheFirst() throws Exception {
        byte[] b = Arrays.copyOf(GOOD, GOOD.length + 40);
        Arrays.fill(b, GOOD.length, b.length, (byte) 0x4d);
        Activity a = read(b);

        assertThat(a.samples().size()).isEqualTo(SAMPLES);
        assertThat(a.warnings()).singleElement().asString()
                .isEqualTo("chained FIT part 2 at byte " + GOOD.length + " has no valid FIT header; its 40 bytes were"
                        + " ignored");
    }

    @Test
    void undefinedLocalMessageStopsDecodingWithItsByte() throws Exception {
        // Append a data message of local type 15, which the file never defines, and re-close the file properly.
        int headerSize = GOOD[0];
        int dataEnd = GOOD.length - 2;
        byte[] b = Arrays.copyOf(GOOD, GOOD.length + 4);
        b[dataEnd] = 0x0f;
        b[dataEnd + 1] = 1;
        b[dataEnd + 2] = 2;
        b[dataEnd + 3] = 3;
        int dataSize = dataEnd + 4 - headerSize;
        b[4] = (byte) dataSize;
        b[5] = (byte) (dataSize >> 8);
        b[6] = (byte) (dataSize >> 16);
        b[7] = (byte) (dataSize >> 24);
        if (headerSize == 14) {
            int hc = FitCrc.of(b, 0, 12);
            b[12] = (byte) hc;
            b[13] = (byte) (hc >> 8);
        }
        int crc = FitCrc.of(b, 0, b.length - 2);
        b[b.length - 2] = (byte) crc;
        b[b.length - 1] = (byte) (crc >> 8);
        Activity a = read(b);

        assertThat(a.samples().size()).isEqualTo(SAMPLES);
        assertThat(a.warnings()).containsExactly("undefined local message type 15 at byte " + dataEnd
                + "; rest of the data skipped; " + SAMPLES + " samples kept");
    }

    @Test
    void workoutFileIsRefusedSayingWhatItIs() {
        BufferEncoder enc = new BufferEncoder(Fit.ProtocolVersion.V2_0);
        FileIdMesg id = new FileIdMesg();
        id.setType(File.WORKOUT);
        id.setManufacturer(Manufacturer.DEVELOPMENT);
        id.setTimeCreated(new DateTime(1_000_000_000L));
        enc.write(id);
        WorkoutMesg w = new WorkoutMesg();
        w.setNumValidSteps(2);
        enc.write(w);
        for (int i = 0; i < 2; i++) {
            WorkoutStepMesg s = new WorkoutStepMesg();
            s.setMessageIndex(i);
            s.setDurationType(WktStepDuration.OPEN);
            enc.write(s);
        }
        byte[] b = enc.close();

        assertThatThrownBy(() -> read(b)).isInstanceOf(ReadException.class)
                .hasMessage("run.fit: a workout file, not an activity (2 workout steps, no records, no session)");
    }

    @Test
    void fileWithoutAnyClockIsReadWithoutATimeAxis() throws Exception {
        BufferEncoder enc = new BufferEncoder(Fit.ProtocolVersion.V2_0);
        FileIdMesg id = new FileIdMesg();
        id.setType(File.ACTIVITY);
        enc.write(id);
        for (int i = 0; i < 3; i++) {
            com.garmin.fit.RecordMesg r = new com.garmin.fit.RecordMesg();
            r.setHeartRate((short) (150 + i));
            enc.write(r);
        }
        com.garmin.fit.SessionMesg session = new com.garmin.fit.SessionMesg();
        session.setSport(com.garmin.fit.Sport.RUNNING);
        session.setTotalDistance(1000f);
        enc.write(session);
        Activity a = read(enc.close());

        assertThat(a.samples().size()).isEqualTo(3);
        assertThat(a.hasTimeAxis()).isFalse();
        assertThat(a.start()).isEmpty();
        assertThat(a.sport()).isEqualTo("running");
        assertThat(a.distanceM()).isEqualTo(1000);
        assertThat(a.segments()).singleElement().satisfies(s -> assertThat(s.range().startS()).isZero());
    }

    @Test
    void invalidSentinelsBecomeNaN() throws Exception {
        BufferEncoder enc = new BufferEncoder(Fit.ProtocolVersion.V2_0);
        FileIdMesg id = new FileIdMesg();
        id.setType(File.ACTIVITY);
        enc.write(id);
        long t0 = 1_000_000_000L;
        short[] hr = {255, 0, 150};
        for (int i = 0; i < hr.length; i++) {
            com.garmin.fit.RecordMesg r = new com.garmin.fit.RecordMesg();
            r.setTimestamp(new DateTime(t0 + i));
            r.setHeartRate(hr[i]);
            r.setCadence((short) 255);
            r.setPower(0xFFFF);
            r.setPositionLat(Integer.MAX_VALUE);
            r.setPositionLong(Integer.MAX_VALUE);
            r.setAltitude(12607f); // raw 0xFFFF, the uint16 invalid value
            r.setSpeed(65.535f); // raw 0xFFFF
            enc.write(r);
        }
        Activity a = read(enc.close());

        assertThat(a.samples().size()).isEqualTo(3);
        assertThat(a.samples().hr(0)).as("HR 255").isNaN();
        assertThat(a.samples().hr(1)).as("HR 0").isNaN();
        assertThat(a.samples().hr(2)).isEqualTo(150);
        for (int i = 0; i < 3; i++) {
            assertThat(a.samples().cadence(i)).isNaN();
            assertThat(a.samples().power(i)).isNaN();
            assertThat(a.samples().lat(i)).isNaN();
            assertThat(a.samples().altitude(i)).isNaN();
            assertThat(a.samples().speed(i)).isNaN();
        }
        assertThat(a.hasGps()).isFalse();
    }

    @Test
    void bytesWithoutFitHeaderAreRefused() {
        assertThatThrownBy(() -> read("<gpx></gpx> not really".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(ReadException.class).hasMessageStartingWith("run.fit: not a FIT file");
        assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(ReadException.class)
                .hasMessage("run.fit: not a FIT file (only 0 bytes)");
    }
}
