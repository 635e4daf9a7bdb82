package org.repcheck.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Everything repcheck knows about one recorded activity, whatever file it came from. Times inside are seconds
 * since {@code start}; when the file has no time axis (a GPX drawn on a map) {@code start} is empty and the
 * sample times are NaN.
 *
 * @param source       the file name as the user gave it (for messages), not a path to re-read
 * @param sport        "running", "cycling", … ("multisport" for a chained multi-sport activity; "unknown")
 * @param subSport     "track", "treadmill", "generic", … or "" when not known
 * @param elapsedS     wall-clock duration, pauses included (NaN when there is no time axis)
 * @param timerS       timer duration, pauses excluded
 * @param distanceM    total distance, NaN when unknown
 * @param pauses       spans with the timer stopped
 * @param segments     per-sport parts (one for a plain activity; none when the file has no session)
 * @param device       "garmin forerunner745" style, or empty
 * @param warnings     what was wrong but salvaged (truncated file, bad CRC, backwards timestamps)
 * @param utcOffset    the runner's offset from UTC when the file says (FIT {@code local_timestamp}); GPX and TCX
 *                     carry UTC only (docs/science.md §9, {@link LocalClock})
 * @param hrSource     where the heart rate came from, when the file lists its sensors (FIT device_info)
 */
public record Activity(String source, Format format, String sport, String subSport, Optional<Instant> start,
                       double elapsedS, double timerS, double distanceM, Samples samples, List<Lap> laps,
                       List<WorkoutStep> workoutSteps, List<TimeRange> pauses, List<Segment> segments,
                       Optional<String> device, List<String> warnings,
                       Optional<ZoneOffset> utcOffset, HrSource hrSource) {
    public Activity {
        if (source == null || format == null || sport == null || subSport == null || start == null
                || samples == null || laps == null || workoutSteps == null || pauses == null
                || segments == null || device == null || warnings == null || utcOffset == null
                || hrSource == null) {
            throw new IllegalArgumentException("activity fields must not be null");
        }
        laps = List.copyOf(laps);
        workoutSteps = List.copyOf(workoutSteps);
        pauses = List.copyOf(pauses);
        segments = List.copyOf(segments);
        warnings = List.copyOf(warnings);
    }

    /** An activity whose file does not list its sensors (GPX, TCX, FIT files without device_info). */
    public Activity(String source, Format format, String sport, String subSport, Optional<Instant> start,
                    double elapsedS, double timerS, double distanceM, Samples samples, List<Lap> laps,
                    List<WorkoutStep> workoutSteps, List<TimeRange> pauses, List<Segment> segments,
                    Optional<String> device, List<String> warnings, Optional<ZoneOffset> utcOffset) {
        this(source, format, sport, subSport, start, elapsedS, timerS, distanceM, samples, laps, workoutSteps, pauses,
                segments, device, warnings, utcOffset, HrSource.UNKNOWN);
    }

    /** An activity whose file does not say its offset from UTC (GPX, TCX, older FIT files). */
    public Activity(String source, Format format, String sport, String subSport, Optional<Instant> start,
                    double elapsedS, double timerS, double distanceM, Samples samples, List<Lap> laps,
                    List<WorkoutStep> workoutSteps, List<TimeRange> pauses, List<Segment> segments,
                    Optional<String> device, List<String> warnings) {
        this(source, format, sport, subSport, start, elapsedS, timerS, distanceM, samples, laps, workoutSteps, pauses,
                segments, device, warnings, Optional.empty(), HrSource.UNKNOWN);
    }

    /** True when the samples carry times (false for a GPX route drawn without timestamps). */
    public boolean hasTimeAxis() {
        return start.isPresent() && samples.has(Channel.TIME);
    }

    public boolean hasHeartRate() {
        return samples.has(Channel.HR);
    }

    public boolean hasGps() {
        return samples.has(Channel.LAT) && samples.has(Channel.LON);
    }

    /** True when running is what was done (a plain run, or a multisport activity with a running part). */
    public boolean isRunning() {
        return sport.equals("running") || segments.stream().anyMatch(s -> s.sport().equals("running"));
    }

    /**
     * The same activity with its sport set (a forced or inferred sport; the reason goes to the session's notes). A
     * plain activity's one part takes the sport too; a multisport activity's parts keep theirs.
     */
    public Activity withSport(String newSport) {
        List<Segment> parts = segments.size() == 1
                ? List.of(new Segment(newSport, segments.get(0).subSport(), segments.get(0).range(),
                        segments.get(0).distanceM()))
                : segments;
        return new Activity(source, format, newSport, subSport, start, elapsedS, timerS, distanceM, samples, laps,
                workoutSteps, pauses, parts, device, warnings, utcOffset, hrSource);
    }

    /** The same activity with more warnings. */
    public Activity withWarnings(List<String> more) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new Activity(source, format, sport, subSport, start, elapsedS, timerS, distanceM, samples, laps,
                workoutSteps, pauses, segments, device, all, utcOffset, hrSource);
    }

    /** The same activity with the runner's offset from UTC. */
    public Activity withUtcOffset(Optional<ZoneOffset> offset) {
        return new Activity(source, format, sport, subSport, start, elapsedS, timerS, distanceM, samples, laps,
                workoutSteps, pauses, segments, device, warnings, offset, hrSource);
    }
}
