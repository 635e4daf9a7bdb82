package org.repcheck.io.fit;

import com.garmin.fit.ActivityMesg;
import com.garmin.fit.BufferEncoder;
import com.garmin.fit.DateTime;
import com.garmin.fit.DeviceInfoMesg;
import com.garmin.fit.Event;
import com.garmin.fit.EventMesg;
import com.garmin.fit.EventType;
import com.garmin.fit.File;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Fit;
import com.garmin.fit.GarminProduct;
import com.garmin.fit.LapMesg;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.Sport;
import com.garmin.fit.SubSport;
import com.garmin.fit.WktStepDuration;
import com.garmin.fit.WorkoutMesg;
import com.garmin.fit.WorkoutStepMesg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.repcheck.model.Activity;
import org.repcheck.model.Lap;
import org.repcheck.model.Samples;
import org.repcheck.model.Segment;
import org.repcheck.model.TimeRange;
import org.repcheck.model.WorkoutStep;

/**
 * Writes an {@link Activity} as a FIT activity file with the Garmin SDK's encoder: file_id, device_info, the
 * workout and its steps, timer events around the pauses, records, laps, sessions and the activity message — what
 * {@link FitReader} reads back. Used by round-trip tests, the sample generator and the benchmark.
 * Sample times are written as whole FIT seconds, positions as semicircles, distances in centimetres: the FIT
 * resolution, not ours.
 */
public final class FitWriter {
    private static final double DEG_TO_SEMICIRCLE = 2147483648.0 / 180.0;

    private FitWriter() {
    }

    /** The activity as FIT bytes. */
    public static byte[] write(Activity a) {
        Instant start = a.start().orElseThrow(
                () -> new IllegalArgumentException("a FIT activity needs a start time: " + a.source()));
        long startFit = FitTime.fromInstant(start);
        BufferEncoder enc = new BufferEncoder(Fit.ProtocolVersion.V2_0);
        double end = endOf(a);

        enc.write(fileId(a, startFit));
        enc.write(creator(a, startFit));
        if (!a.workoutSteps().isEmpty()) {
            writeWorkout(enc, a);
        }
        writeRecordsAndTimer(enc, a, startFit, end);
        List<LapMesg> laps = laps(a, startFit);
        laps.forEach(enc::write);
        List<SessionMesg> sessions = sessions(a, startFit, end, laps.size());
        sessions.forEach(enc::write);

        ActivityMesg act = new ActivityMesg();
        act.setTimestamp(at(startFit, end));
        act.setTotalTimerTime((float) a.timerS());
        act.setNumSessions(sessions.size());
        act.setType(com.garmin.fit.Activity.MANUAL);
        act.setEvent(Event.ACTIVITY);
        act.setEventType(EventType.STOP);
        // local_timestamp: the watch's wall clock, so readers can tell the runner's offset (docs/science.md §9)
        a.utcOffset().ifPresent(o -> act.setLocalTimestamp(startFit + Math.round(end) + o.getTotalSeconds()));
        enc.write(act);
        return enc.close();
    }

    /** Writes the activity to {@code out}, through a temporary file so a reader never sees half a file. */
    public static void write(Activity a, Path out) throws IOException {
        byte[] bytes = write(a);
        Path dir = out.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".fitwriter", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static double endOf(Activity a) {
        double end = Double.isNaN(a.elapsedS()) ? 0 : a.elapsedS();
        Samples s = a.samples();
        for (int i = 0; i < s.size(); i++) {
            if (s.time(i) > end) {
                end = s.time(i);
            }
        }
        return end;
    }

    private static DateTime at(long startFit, double offsetS) {
        return new DateTime(startFit + Math.round(offsetS));
    }

    private static FileIdMesg fileId(Activity a, long startFit) {
        FileIdMesg m = new FileIdMesg();
        m.setType(File.ACTIVITY);
        DeviceName d = DeviceName.of(a);
        m.setManufacturer(d.manufacturer());
        if (d.product() >= 0) {
            m.setProduct(d.product());
        }
        if (!d.productName().isEmpty()) {
            m.setProductName(d.productName());
        }
        m.setSerialNumber(1L);
        m.setTimeCreated(new DateTime(startFit));
        return m;
    }

    private static DeviceInfoMesg creator(Activity a, long startFit) {
        DeviceInfoMesg m = new DeviceInfoMesg();
        DeviceName d = DeviceName.of(a);
        m.setTimestamp(new DateTime(startFit));
        m.setDeviceIndex((short) 0);
        m.setManufacturer(d.manufacturer());
        if (d.product() >= 0) {
            m.setProduct(d.product());
        }
        return m;
    }

    /** "garmin forerunner745" back to manufacturer and product numbers where the SDK knows them. */
    private record DeviceName(int manufacturer, int product, String productName) {
        static DeviceName of(Activity a) {
            String device = a.device().orElse("").trim();
            if (device.isEmpty()) {
                return new DeviceName(Manufacturer.DEVELOPMENT, 0, "");
            }
            int space = device.indexOf(' ');
            String maker = space < 0 ? device : device.substring(0, space);
            String rest = space < 0 ? "" : device.substring(space + 1);
            Integer m = Manufacturer.getValueFromString(maker.toUpperCase(Locale.ROOT));
            if (m == null || m == Manufacturer.INVALID) {
                return new DeviceName(Manufacturer.DEVELOPMENT, 0, device);
            }
            if (rest.matches("\\d+")) {
                return new DeviceName(m, Integer.parseInt(rest), "");
            }
            if (m == Manufacturer.GARMIN && !rest.isEmpty()) {
                Integer p = garminProduct(rest);
                if (p != null) {
                    return new DeviceName(m, p, "");
                }
            }
            return new DeviceName(m, -1, rest);
        }

        private static Integer garminProduct(String name) {
            String sdk = name.toUpperCase(Locale.ROOT).replaceFirst("^FORERUNNER", "FR");
            Integer p = GarminProduct.getValueFromString(sdk);
            return p == null || p == GarminProduct.INVALID ? null : p;
        }
    }

    private static void writeWorkout(BufferEncoder enc, Activity a) {
        WorkoutMesg w = new WorkoutMesg();
        w.setNumValidSteps(a.workoutSteps().size());
        w.setSport(sport(a.sport()));
        enc.write(w);
        for (WorkoutStep s : a.workoutSteps()) {
            WorkoutStepMesg m = new WorkoutStepMesg();
            m.setMessageIndex(s.index());
            if (!s.name().isEmpty()) {
                m.setWktStepName(s.name());
            }
            com.garmin.fit.Intensity intensity = FitNames.toSdk(s.intensity());
            if (intensity != null) {
                m.setIntensity(intensity);
            }
            switch (s.duration()) {
                case DISTANCE -> {
                    m.setDurationType(WktStepDuration.DISTANCE);
                    m.setDurationDistance((float) s.durationValue());
                }
                case TIME -> {
                    m.setDurationType(WktStepDuration.TIME);
                    m.setDurationTime((float) s.durationValue());
                }
                case REPEAT -> {
                    m.setDurationType(WktStepDuration.REPEAT_UNTIL_STEPS_CMPLT);
                    m.setDurationStep((long) Math.max(0, s.repeatFrom()));
                    m.setRepeatSteps((long) s.repeatCount());
                }
                // FIT has no "other" duration; an open step is the honest nearest.
                case OPEN, OTHER -> m.setDurationType(WktStepDuration.OPEN);
            }
            enc.write(m);
        }
    }

    /** Records in time order with the timer's stop/start events for each pause slotted in between. */
    private static void writeRecordsAndTimer(BufferEncoder enc, Activity a, long startFit, double end) {
        List<EventMesg> events = new ArrayList<>();
        events.add(timer(startFit, 0, EventType.START));
        for (TimeRange p : a.pauses()) {
            events.add(timer(startFit, p.startS(), EventType.STOP_ALL));
            events.add(timer(startFit, p.endS(), EventType.START));
        }
        events.add(timer(startFit, end, EventType.STOP_ALL));
        int next = 0;
        Samples s = a.samples();
        for (int i = 0; i < s.size(); i++) {
            double t = s.time(i);
            while (next < events.size() && !Double.isNaN(t)
                    && events.get(next).getTimestamp().getTimestamp() <= startFit + Math.round(t)) {
                enc.write(events.get(next++));
            }
            enc.write(record(s, i, startFit));
        }
        while (next < events.size()) {
            enc.write(events.get(next++));
        }
    }

    private static EventMesg timer(long startFit, double offsetS, EventType type) {
        EventMesg e = new EventMesg();
        e.setTimestamp(at(startFit, offsetS));
        e.setEvent(Event.TIMER);
        e.setEventType(type);
        e.setEventGroup((short) 0);
        return e;
    }

    private static RecordMesg record(Samples s, int i, long startFit) {
        RecordMesg r = new RecordMesg();
        if (!Double.isNaN(s.time(i))) {
            r.setTimestamp(at(startFit, s.time(i)));
        }
        if (!Double.isNaN(s.lat(i)) && !Double.isNaN(s.lon(i))) {
            r.setPositionLat((int) Math.round(s.lat(i) * DEG_TO_SEMICIRCLE));
            r.setPositionLong((int) Math.round(s.lon(i) * DEG_TO_SEMICIRCLE));
        }
        if (!Double.isNaN(s.distance(i))) {
            r.setDistance((float) s.distance(i));
        }
        if (!Double.isNaN(s.speed(i))) {
            r.setEnhancedSpeed((float) s.speed(i));
        }
        if (!Double.isNaN(s.altitude(i))) {
            r.setEnhancedAltitude((float) s.altitude(i));
        }
        if (!Double.isNaN(s.hr(i))) {
            r.setHeartRate((short) Math.round(s.hr(i)));
        }
        if (!Double.isNaN(s.cadence(i))) {
            r.setCadence((short) Math.round(s.cadence(i)));
        }
        if (!Double.isNaN(s.power(i))) {
            r.setPower((int) Math.round(s.power(i)));
        }
        return r;
    }

    private static List<LapMesg> laps(Activity a, long startFit) {
        List<LapMesg> out = new ArrayList<>();
        for (Lap l : a.laps()) {
            LapMesg m = new LapMesg();
            m.setMessageIndex(out.size());
            m.setEvent(Event.LAP);
            m.setEventType(EventType.STOP);
            m.setStartTime(at(startFit, l.startS()));
            m.setTimestamp(at(startFit, l.endS()));
            setIfKnown(l.elapsedS(), v -> m.setTotalElapsedTime((float) v));
            setIfKnown(l.timerS(), v -> m.setTotalTimerTime((float) v));
            setIfKnown(l.distanceM(), v -> m.setTotalDistance((float) v));
            setIfKnown(l.avgHr(), v -> m.setAvgHeartRate((short) Math.round(v)));
            setIfKnown(l.maxHr(), v -> m.setMaxHeartRate((short) Math.round(v)));
            com.garmin.fit.Intensity intensity = FitNames.toSdk(l.intensity());
            if (intensity != null) {
                m.setIntensity(intensity);
            }
            com.garmin.fit.LapTrigger trigger = FitNames.toSdk(l.trigger());
            if (trigger != null) {
                m.setLapTrigger(trigger);
            }
            l.wktStepIndex().ifPresent(m::setWktStepIndex);
            m.setSport(sport(a.sport()));
            out.add(m);
        }
        return out;
    }

    private static List<SessionMesg> sessions(Activity a, long startFit, double end, int lapCount) {
        List<SessionMesg> out = new ArrayList<>();
        if (a.segments().isEmpty()) {
            out.add(session(0, a.sport(), a.subSport(), new TimeRange(0, end), a.timerS(), a.distanceM(), startFit,
                    lapCount));
            return out;
        }
        for (Segment seg : a.segments()) {
            double paused = a.pauses().stream()
                    .mapToDouble(p -> Math.max(0, Math.min(p.endS(), seg.range().endS())
                            - Math.max(p.startS(), seg.range().startS())))
                    .sum();
            double timer = a.segments().size() == 1 ? a.timerS() : seg.range().durationS() - paused;
            out.add(session(out.size(), seg.sport(), seg.subSport(), seg.range(), timer, seg.distanceM(), startFit,
                    a.segments().size() == 1 ? lapCount : 0));
        }
        return out;
    }

    private static SessionMesg session(int index, String sport, String subSport, TimeRange range, double timerS,
                                       double distanceM, long startFit, int lapCount) {
        SessionMesg m = new SessionMesg();
        m.setMessageIndex(index);
        m.setEvent(Event.SESSION);
        m.setEventType(EventType.STOP);
        m.setStartTime(at(startFit, range.startS()));
        m.setTimestamp(at(startFit, range.endS()));
        m.setTotalElapsedTime((float) range.durationS());
        setIfKnown(timerS, v -> m.setTotalTimerTime((float) v));
        setIfKnown(distanceM, v -> m.setTotalDistance((float) v));
        m.setSport(sport(sport));
        SubSport sub = subSport(subSport);
        if (sub != null) {
            m.setSubSport(sub);
        }
        if (lapCount > 0) {
            m.setFirstLapIndex(0);
            m.setNumLaps(lapCount);
        }
        return m;
    }

    /** The FIT sport of one of our sport names ("running"), GENERIC for one the SDK does not know. */
    static Sport sport(String name) {
        try {
            return Sport.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Sport.GENERIC;
        }
    }

    private static SubSport subSport(String name) {
        if (name.isEmpty()) {
            return null;
        }
        try {
            return SubSport.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void setIfKnown(double v, java.util.function.DoubleConsumer set) {
        if (!Double.isNaN(v)) {
            set.accept(v);
        }
    }
}
