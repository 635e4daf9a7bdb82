package org.repcheck.io.fit;

import com.garmin.fit.DateTime;
import com.garmin.fit.DeviceInfoMesg;
import com.garmin.fit.EventMesg;
import com.garmin.fit.Field;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Fit;
import com.garmin.fit.LapMesg;
import com.garmin.fit.Mesg;
import com.garmin.fit.MesgNum;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.WktStepDuration;
import com.garmin.fit.WorkoutStepMesg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.repcheck.model.Channel;
import org.repcheck.model.Intensity;
import org.repcheck.model.LapTrigger;
import org.repcheck.model.Samples;
import org.repcheck.model.WorkoutStep;

/**
 * Everything repcheck keeps from the messages of one FIT file (all its chained parts), in FIT units where the
 * activity's start is not known yet (times are FIT seconds until {@link ActivityAssembler} rebases them).
 * Records go straight into columns: no object per record survives the message.
 */
final class FitMessages {
    private static final int MAIN = Fit.SUBFIELD_INDEX_MAIN_FIELD;
    private static final double SEMICIRCLE_DEG = 180.0 / 2147483648.0;

    /** One file_id per chained part, in order. */
    final List<FileId> fileIds = new ArrayList<>();
    final List<SessionSummary> sessions = new ArrayList<>();
    final List<LapSummary> laps = new ArrayList<>();
    final List<TimerEvent> timerEvents = new ArrayList<>();
    final List<WorkoutStep> workoutSteps = new ArrayList<>();
    /** TIME holds absolute FIT seconds here. */
    final Samples.Builder records = Samples.builder();
    Optional<String> creatorDevice = Optional.empty();
    /** The first record timestamp of each chained part (FIT seconds), by part number. */
    final java.util.Map<Integer, Double> firstRecordByPart = new java.util.TreeMap<>();
    /** activity.local_timestamp − activity.timestamp, when only local time is absolute (old FR70-style clocks). */
    double localClockShift = Double.NaN;
    /** activity.local_timestamp − activity.timestamp, both absolute: the runner's offset from UTC, seconds. */
    Optional<java.time.ZoneOffset> utcOffset = Optional.empty();
    int backwardsTimestamps;
    int currentPart = 1;
    int impossibleTimestamps;
    private double lastTimestamp = Double.NaN;
    private int lastTimestampPart = -1;
    /** Longer than any activity (the corpus has a 27.8 h one) yet far shorter than a corrupted clock's jump. */
    private static final double MAX_JUMP_S = 30 * 86_400;

    record FileId(int part, String type, Optional<String> device) {
    }

    /** A FIT session in FIT seconds; NaN where the message does not say. */
    record SessionSummary(int part, double startFit, double elapsedS, double timerS, double distanceM, String sport,
                          String subSport, double timestampFit) {
    }

    record LapSummary(double startFit, double elapsedS, double timerS, double distanceM, Intensity intensity,
                      LapTrigger trigger, OptionalInt wktStepIndex, double avgHr, double maxHr, double timestampFit) {
    }

    record TimerEvent(double timeFit, boolean start) {
    }

    void accept(Mesg m) {
        switch (m.getNum()) {
            case MesgNum.RECORD -> record(m);
            case MesgNum.FILE_ID -> fileId(new FileIdMesg(m));
            case MesgNum.DEVICE_INFO -> deviceInfo(new DeviceInfoMesg(m));
            case MesgNum.SESSION -> session(new SessionMesg(m));
            case MesgNum.LAP -> lap(new LapMesg(m));
            case MesgNum.EVENT -> event(new EventMesg(m));
            case MesgNum.WORKOUT_STEP -> workoutStep(new WorkoutStepMesg(m));
            case MesgNum.ACTIVITY -> activity(new com.garmin.fit.ActivityMesg(m));
            default -> {
                // Other messages (HRV, developer data, settings…) carry nothing repcheck uses.
            }
        }
    }

    private void record(Mesg m) {
        org.repcheck.io.ReadLimits.checkSamples(records.size() + 1);
        records.add();
        // One walk over the record's fields: Mesg.getField(num) is a linear search, and asking it for eleven
        // fields of every record was the largest single cost of reading a file. The first field of a number wins,
        // as it does for getField.
        Field timestamp = null, lat = null, lon = null, distance = null, enhancedSpeed = null, speedField = null;
        Field enhancedAltitude = null, altitude = null, heartRate = null, cadence = null, power = null;
        for (Field f : m.getFields()) {
            switch (f.getNum()) {
                case RecordMesg.TimestampFieldNum -> timestamp = timestamp == null ? f : timestamp;
                case RecordMesg.PositionLatFieldNum -> lat = lat == null ? f : lat;
                case RecordMesg.PositionLongFieldNum -> lon = lon == null ? f : lon;
                case RecordMesg.DistanceFieldNum -> distance = distance == null ? f : distance;
                case RecordMesg.EnhancedSpeedFieldNum -> enhancedSpeed = enhancedSpeed == null ? f : enhancedSpeed;
                case RecordMesg.SpeedFieldNum -> speedField = speedField == null ? f : speedField;
                case RecordMesg.EnhancedAltitudeFieldNum ->
                        enhancedAltitude = enhancedAltitude == null ? f : enhancedAltitude;
                case RecordMesg.AltitudeFieldNum -> altitude = altitude == null ? f : altitude;
                case RecordMesg.HeartRateFieldNum -> heartRate = heartRate == null ? f : heartRate;
                case RecordMesg.CadenceFieldNum -> cadence = cadence == null ? f : cadence;
                case RecordMesg.PowerFieldNum -> power = power == null ? f : power;
                default -> {
                    // fields repcheck does not keep
                }
            }
        }
        double t = longOrNaN(timestamp == null ? null : timestamp.getLongValue(0, MAIN));
        if (!Double.isNaN(t) && lastTimestampPart == currentPart && Math.abs(t - lastTimestamp) > MAX_JUMP_S) {
            // A record decades after its neighbour is a corrupted timestamp, not a long pause: keep the record
            // without a time rather than stretch the activity over the gap.
            impossibleTimestamps++;
            t = Double.NaN;
        }
        if (!Double.isNaN(t)) {
            lastTimestampPart = currentPart;
            firstRecordByPart.putIfAbsent(currentPart, t);
            if (t < lastTimestamp) {
                backwardsTimestamps++;
            }
            lastTimestamp = t;
        }
        records.set(Channel.TIME, t);
        Integer latV = lat == null ? null : lat.getIntegerValue(0, MAIN);
        Integer lonV = lon == null ? null : lon.getIntegerValue(0, MAIN);
        if (latV != null && lonV != null && latV != Integer.MAX_VALUE && lonV != Integer.MAX_VALUE) {
            double latDeg = latV * SEMICIRCLE_DEG;
            double lonDeg = lonV * SEMICIRCLE_DEG;
            if (Math.abs(latDeg) <= 90 && Math.abs(lonDeg) <= 180) {
                records.set(Channel.LAT, latDeg).set(Channel.LON, lonDeg);
            }
        }
        records.set(Channel.DISTANCE, range(value(distance), 0, 4.0e7));
        double speed = range(value(enhancedSpeed), 0, 300);
        if (Double.isNaN(speed)) {
            speed = range(value(speedField), 0, 65.5);
        }
        records.set(Channel.SPEED, speed);
        double alt = range(value(enhancedAltitude), -499.9, 12000);
        if (Double.isNaN(alt)) {
            alt = range(value(altitude), -499.9, 12000);
        }
        records.set(Channel.ALTITUDE, alt);
        // 0 and 255 are what HR straps and watches write for "no reading".
        records.set(Channel.HR, range(value(heartRate), 1, 254));
        records.set(Channel.CADENCE, range(value(cadence), 0, 254));
        records.set(Channel.POWER, range(value(power), 0, 65534));
    }

    /** The field's first value as Mesg.getFieldDoubleValue(num, 0, MAIN) gives it; null for an absent field. */
    private static Double value(Field f) {
        return f == null ? null : f.getDoubleValue(0, MAIN);
    }

    private void fileId(FileIdMesg m) {
        Short type = m.getFieldShortValue(FileIdMesg.TypeFieldNum, 0, MAIN);
        Integer product = m.getFieldIntegerValue(FileIdMesg.ProductFieldNum, 0, MAIN);
        fileIds.add(new FileId(currentPart, FitNames.fileType(type),
                FitNames.device(m.getManufacturer(), product, m.getProductName())));
    }

    private void deviceInfo(DeviceInfoMesg m) {
        noteHeartRateSensor(m);
        Short index = m.getFieldShortValue(DeviceInfoMesg.DeviceIndexFieldNum, 0, MAIN);
        // device_index 0 is the creator: the watch itself, not a strap or power meter paired to it.
        if (creatorDevice.isEmpty() && index != null && index == 0) {
            Integer product = m.getFieldIntegerValue(DeviceInfoMesg.ProductFieldNum, 0, MAIN);
            creatorDevice = FitNames.device(m.getManufacturer(), product, m.getProductName());
        }
    }

    /** FIT's antplus_device_type heart_rate, ble_device_type heart_rate and local_device_type whr. */
    private static final short ANTPLUS_HEART_RATE = 120;
    private static final short BLE_HEART_RATE = 1;
    private static final short LOCAL_WRIST_HR = 10;

    private boolean pairedHrSensor;
    private boolean wristHrSensor;

    /**
     * Notes a heart-rate sensor among the watch's devices. device_type is one field read through source_type: an
     * ANT+ or Bluetooth heart-rate sensor is a strap, a local "whr" the watch's optical sensor. Files from before
     * source_type (FR110, Edge 500) list only ANT+ devices, so their heart-rate type is a strap too.
     */
    private void noteHeartRateSensor(DeviceInfoMesg m) {
        Short type = m.getFieldShortValue(DeviceInfoMesg.DeviceTypeFieldNum, 0, MAIN);
        if (type == null) {
            return;
        }
        Short source = m.getFieldShortValue(DeviceInfoMesg.SourceTypeFieldNum, 0, MAIN);
        int s = source == null ? -1 : source;
        if ((s == -1 || s == com.garmin.fit.SourceType.ANTPLUS.getValue()) && type == ANTPLUS_HEART_RATE
                || s == com.garmin.fit.SourceType.BLUETOOTH_LOW_ENERGY.getValue() && type == BLE_HEART_RATE) {
            pairedHrSensor = true;
        } else if (s == com.garmin.fit.SourceType.LOCAL.getValue() && type == LOCAL_WRIST_HR) {
            wristHrSensor = true;
        }
    }

    /** Where the heart rate came from: a paired sensor wins, since the watch records it over its own. */
    org.repcheck.model.HrSource hrSource() {
        return pairedHrSensor ? org.repcheck.model.HrSource.CHEST
                : wristHrSensor ? org.repcheck.model.HrSource.WRIST : org.repcheck.model.HrSource.UNKNOWN;
    }

    private void session(SessionMesg m) {
        sessions.add(new SessionSummary(currentPart, time(m.getStartTime()), num(m.getTotalElapsedTime()),
                num(m.getTotalTimerTime()), range(num(m.getTotalDistance()), 0, 4.0e7),
                FitNames.sport(m.getFieldShortValue(SessionMesg.SportFieldNum, 0, MAIN)),
                FitNames.subSport(m.getFieldShortValue(SessionMesg.SubSportFieldNum, 0, MAIN)),
                time(m.getTimestamp())));
    }

    private void lap(LapMesg m) {
        Integer wkt = m.getWktStepIndex();
        org.repcheck.io.ReadLimits.checkLaps(laps.size() + 1);
        laps.add(new LapSummary(time(m.getStartTime()), num(m.getTotalElapsedTime()), num(m.getTotalTimerTime()),
                range(num(m.getTotalDistance()), 0, 4.0e7), FitNames.intensity(m.getIntensity()),
                FitNames.trigger(m.getLapTrigger()),
                wkt == null || wkt == 0xffff ? OptionalInt.empty() : OptionalInt.of(wkt),
                range(num(m.getAvgHeartRate()), 1, 254), range(num(m.getMaxHeartRate()), 1, 254),
                time(m.getTimestamp())));
    }

    private void activity(com.garmin.fit.ActivityMesg m) {
        double t = time(m.getTimestamp());
        Long local = m.getLocalTimestamp();
        if (!Double.isNaN(t) && !FitTime.isAbsolute(t) && local != null && FitTime.isAbsolute(local)) {
            localClockShift = local - t;
        }
        if (!Double.isNaN(t) && FitTime.isAbsolute(t) && local != null && FitTime.isAbsolute(local)) {
            utcOffset = FitTime.offset(local - t);
        }
    }

    private void event(EventMesg m) {
        if (m.getEvent() != com.garmin.fit.Event.TIMER || m.getEventType() == null) {
            return;
        }
        double t = time(m.getTimestamp());
        if (Double.isNaN(t)) {
            return;
        }
        switch (m.getEventType()) {
            case START -> timerEvents.add(new TimerEvent(t, true));
            case STOP, STOP_ALL, STOP_DISABLE, STOP_DISABLE_ALL -> timerEvents.add(new TimerEvent(t, false));
            default -> {
                // Markers and deprecated begin/end events do not start or stop the timer.
            }
        }
    }

    private void workoutStep(WorkoutStepMesg m) {
        Integer idx = m.getMessageIndex();
        int index = idx == null || idx == 0xffff ? workoutSteps.size() : idx & 0x0fff;
        String name = Optional.ofNullable(m.getWktStepName()).orElse("").trim();
        Intensity intensity = FitNames.intensity(m.getIntensity());
        WktStepDuration type = m.getDurationType();
        WorkoutStep step;
        if (type == WktStepDuration.DISTANCE) {
            // The SDK's duration_distance subfield already applies the profile's scale (cm → m).
            step = new WorkoutStep(index, name, intensity, WorkoutStep.Duration.DISTANCE,
                    num(m.getDurationDistance()), -1, 0);
        } else if (type == WktStepDuration.TIME) {
            step = new WorkoutStep(index, name, intensity, WorkoutStep.Duration.TIME, num(m.getDurationTime()), -1, 0);
        } else if (type == WktStepDuration.OPEN) {
            step = new WorkoutStep(index, name, intensity, WorkoutStep.Duration.OPEN, Double.NaN, -1, 0);
        } else if (type != null && type.name().startsWith("REPEAT_UNTIL")) {
            Long from = m.getDurationStep();
            // Only "repeat until steps complete" has a count; the other repeats run until a condition (count 0).
            Long count = type == WktStepDuration.REPEAT_UNTIL_STEPS_CMPLT ? m.getRepeatSteps() : null;
            step = new WorkoutStep(index, name, intensity, WorkoutStep.Duration.REPEAT, Double.NaN,
                    from == null ? -1 : (int) Math.min(from, Integer.MAX_VALUE),
                    count == null ? 0 : (int) Math.min(count, Integer.MAX_VALUE));
        } else {
            step = new WorkoutStep(index, name, intensity, WorkoutStep.Duration.OTHER, Double.NaN, -1, 0);
        }
        workoutSteps.add(step);
    }

    private static double time(DateTime t) {
        if (t == null || t.getTimestamp() == null || t.getTimestamp() >= 0xFFFFFFFFL || t.getTimestamp() < 0) {
            return Double.NaN;
        }
        return t.getTimestamp();
    }

    private static double longOrNaN(Long v) {
        return v == null ? Double.NaN : v;
    }

    private static double num(Number v) {
        return v == null ? Double.NaN : v.doubleValue();
    }

    /** The value when it lies in [lo, hi], else NaN: catches the SDK's invalid sentinels (0xFF…) and nonsense. */
    private static double range(Number v, double lo, double hi) {
        if (v == null) {
            return Double.NaN;
        }
        double d = v.doubleValue();
        return d >= lo && d <= hi ? d : Double.NaN;
    }
}
