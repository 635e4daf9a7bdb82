package org.repcheck.io.fit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.repcheck.model.Activity;
import org.repcheck.model.Channel;
import org.repcheck.model.Format;
import org.repcheck.model.Lap;
import org.repcheck.model.Samples;
import org.repcheck.model.Segment;
import org.repcheck.model.TimeRange;

/** Turns the collected {@link FitMessages} into an {@link Activity}: picks the start, rebases every time on it. */
final class ActivityAssembler {
    private final FitMessages msgs;
    private final Samples raw;

    private ActivityAssembler(FitMessages msgs) {
        this.msgs = msgs;
        this.raw = msgs.records.build();
    }

    static ActivityAssembler of(FitMessages msgs) {
        return new ActivityAssembler(msgs);
    }

    int sampleCount() {
        return raw.size();
    }

    boolean isActivity() {
        return raw.size() > 0 || !msgs.sessions.isEmpty();
    }

    /** "a workout file, not an activity (5 workout steps, no records)". */
    String whatItIs() {
        String type = msgs.fileIds.stream().map(FitMessages.FileId::type).filter(t -> !t.isEmpty()).findFirst()
                .orElse("");
        List<String> has = new ArrayList<>();
        if (!msgs.workoutSteps.isEmpty()) {
            has.add(msgs.workoutSteps.size() + " workout step" + (msgs.workoutSteps.size() == 1 ? "" : "s"));
        }
        if (!msgs.laps.isEmpty()) {
            has.add(msgs.laps.size() + " lap" + (msgs.laps.size() == 1 ? "" : "s"));
        }
        has.add("no records");
        has.add("no session");
        String what = type.isEmpty() ? "a FIT file without a file type"
                : type.equals("activity") ? "an activity file with nothing recorded"
                : article(type) + " " + type + " file, not an activity";
        return what + " (" + String.join(", ", has) + ")";
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    Activity build(String source, List<String> warnings) {
        List<String> notes = new ArrayList<>(warnings);
        double startFit = chooseStart(notes);
        Samples samples = rebase(startFit);

        List<Lap> laps = new ArrayList<>();
        for (FitMessages.LapSummary l : msgs.laps) {
            double lapStart = !Double.isNaN(l.startFit()) ? l.startFit()
                    : l.timestampFit() - (Double.isNaN(l.elapsedS()) ? 0 : l.elapsedS());
            laps.add(new Lap(lapStart - startFit, l.elapsedS(), l.timerS(), l.distanceM(), l.intensity(), l.trigger(),
                    l.wktStepIndex(), l.avgHr(), l.maxHr()));
        }

        List<Segment> segments = new ArrayList<>();
        double lastEnd = Double.NaN;
        double timerSum = 0;
        double distanceSum = 0;
        boolean timerKnown = !msgs.sessions.isEmpty();
        boolean distanceKnown = false;
        for (FitMessages.SessionSummary s : msgs.sessions) {
            double from = (Double.isNaN(s.startFit()) ? startFit : s.startFit()) - startFit;
            if (Double.isNaN(from)) {
                from = 0; // no clock anywhere in the file: the segment can only be placed at the start
            }
            double to = !Double.isNaN(s.elapsedS()) ? from + s.elapsedS()
                    : !Double.isNaN(s.timestampFit() - startFit) ? s.timestampFit() - startFit : from;
            segments.add(new Segment(s.sport().isEmpty() ? "unknown" : s.sport(), s.subSport(),
                    new TimeRange(from, Math.max(from, to)), s.distanceM()));
            lastEnd = Double.isNaN(lastEnd) ? to : Math.max(lastEnd, to);
            if (Double.isNaN(s.timerS())) {
                timerKnown = false;
            } else {
                timerSum += s.timerS();
            }
            if (!Double.isNaN(s.distanceM())) {
                distanceSum += s.distanceM();
                distanceKnown = true;
            }
        }

        double lastSample = maxTime(samples);
        // Wall-clock span: to the last session end or the last sample, whichever is later.
        double elapsed = Math.max(Double.isNaN(lastEnd) ? 0 : lastEnd, Double.isNaN(lastSample) ? 0 : lastSample);
        if (!Double.isNaN(lastEnd) && lastSample > lastEnd + 60) {
            notes.add(String.format(java.util.Locale.ROOT,
                    "records run to %.0f s but the sessions end at %.0f s; elapsed time covers the records",
                    lastSample, lastEnd));
        }
        if (msgs.sessions.isEmpty() && raw.size() > 0) {
            notes.add("no session message (recording cut short or never finished); sport unknown");
        }
        notes.addAll(implausibleRunning());
        double spanDays = elapsed / 86_400;
        if (msgs.firstRecordByPart.size() > 1 && spanDays > 1) {
            notes.add(String.format(java.util.Locale.ROOT,
                    "chained parts span %.0f days: probably separate activities read as one", spanDays));
        }
        List<TimeRange> pauses = pauses(startFit, elapsed);
        double timer = timerKnown ? timerSum
                : elapsed - pauses.stream().mapToDouble(TimeRange::durationS).sum();
        double distance = distanceKnown ? distanceSum : lastDistance(samples);

        if (msgs.impossibleTimestamps > 0) {
            notes.add(msgs.impossibleTimestamps + " record" + (msgs.impossibleTimestamps == 1 ? " has an impossible"
                    : "s have impossible") + " timestamp (a jump of over 30 days); kept without a time");
        }
        if (msgs.backwardsTimestamps > 0) {
            notes.add(msgs.backwardsTimestamps + " record timestamp" + (msgs.backwardsTimestamps == 1 ? " goes" : "s go")
                    + " backwards; record order kept");
        }

        Optional<String> device = msgs.fileIds.stream().map(FitMessages.FileId::device).flatMap(Optional::stream)
                .findFirst().or(() -> msgs.creatorDevice);
        return new Activity(source, Format.FIT, sport(), subSport(),
                startInstant(startFit),
                elapsed, timer, distance, samples, laps, msgs.workoutSteps, pauses, segments, device, notes,
                msgs.utcOffset, msgs.hrSource());
    }

    /**
     * The activity's start in FIT seconds: the earliest of each chained part's first record timestamp and its
     * sessions' start times — among the clock times that are real (absolute, and a session start not days before
     * its own part's records, which would be a broken clock rather than a long warm-up).
     */
    private double chooseStart(List<String> notes) {
        double start = Double.NaN;
        for (double first : msgs.firstRecordByPart.values()) {
            if (FitTime.isAbsolute(first) && !(first >= start)) {
                start = first;
            }
        }
        for (FitMessages.SessionSummary s : msgs.sessions) {
            Double partFirst = msgs.firstRecordByPart.get(s.part());
            boolean sane = FitTime.isAbsolute(s.startFit())
                    && (partFirst == null || !FitTime.isAbsolute(partFirst) || s.startFit() >= partFirst - 86_400);
            if (sane && !(s.startFit() >= start)) {
                start = s.startFit();
            }
        }
        if (!Double.isNaN(start)) {
            return start;
        }
        // No clock time at all: times count from the device's power-up. Keep them relative to the first one.
        double relative = msgs.firstRecordByPart.values().stream().mapToDouble(Double::doubleValue).min()
                .orElse(Double.NaN);
        for (FitMessages.SessionSummary s : msgs.sessions) {
            if (!Double.isNaN(s.startFit()) && !(s.startFit() >= relative)) {
                relative = s.startFit();
            }
        }
        if (!Double.isNaN(relative)) {
            notes.add(!Double.isNaN(msgs.localClockShift)
                    ? "device clock has no UTC time; start taken from its local time (time zone unknown)"
                    : "record times are device-relative, not clock times; start date unknown");
        }
        return relative;
    }

    /** The start as an instant; a device-relative clock is placed by its local time when the file gives it. */
    private Optional<Instant> startInstant(double startFit) {
        if (Double.isNaN(startFit)) {
            return Optional.empty();
        }
        if (!FitTime.isAbsolute(startFit) && !Double.isNaN(msgs.localClockShift)) {
            return Optional.of(FitTime.toInstant(startFit + msgs.localClockShift));
        }
        return Optional.of(FitTime.toInstant(startFit));
    }

    private Samples rebase(double startFit) {
        Map<Channel, double[]> cols = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            cols.put(c, raw.column(c));
        }
        double[] t = cols.get(Channel.TIME);
        for (int i = 0; i < t.length; i++) {
            t[i] = t[i] - startFit;
        }
        return Samples.of(raw.size(), cols);
    }

    /** Timer stop → start spans inside the activity. A stop with no later start ends the activity: no pause. */
    private List<TimeRange> pauses(double startFit, double elapsed) {
        List<TimeRange> out = new ArrayList<>();
        double stoppedAt = Double.NaN;
        for (FitMessages.TimerEvent e : msgs.timerEvents) {
            double t = e.timeFit() - startFit;
            if (!e.start()) {
                if (Double.isNaN(stoppedAt)) {
                    stoppedAt = t;
                }
            } else if (!Double.isNaN(stoppedAt)) {
                if (t > stoppedAt && stoppedAt >= 0 && t <= elapsed) {
                    out.add(new TimeRange(stoppedAt, t));
                }
                stoppedAt = Double.NaN;
            }
        }
        return out;
    }

    /** 6.7 m/s over 3 km or more beats the 5000 m world record: such a "run" was recorded in the wrong mode. */
    static final double RUNNING_WORLD_RECORD_MPS = 6.7;

    private List<String> implausibleRunning() {
        List<String> out = new ArrayList<>();
        for (FitMessages.SessionSummary s : msgs.sessions) {
            double speed = s.distanceM() / s.timerS();
            if (s.sport().equals("running") && s.distanceM() >= 3000 && s.timerS() > 0
                    && speed > RUNNING_WORLD_RECORD_MPS) {
                out.add(String.format(java.util.Locale.ROOT,
                        "sport says running but %.1f km at %.1f km/h is faster than any runner: probably recorded in"
                                + " the wrong sport mode", s.distanceM() / 1000, speed * 3.6));
            }
        }
        return out;
    }

    private String sport() {
        Set<String> sports = new LinkedHashSet<>();
        for (FitMessages.SessionSummary s : msgs.sessions) {
            if (!s.sport().isEmpty()) {
                sports.add(s.sport());
            }
        }
        if (sports.isEmpty()) {
            return "unknown";
        }
        return sports.size() == 1 ? sports.iterator().next() : "multisport";
    }

    private String subSport() {
        if (sport().equals("multisport") || sport().equals("unknown")) {
            return "";
        }
        Set<String> subs = new LinkedHashSet<>();
        for (FitMessages.SessionSummary s : msgs.sessions) {
            subs.add(s.subSport());
        }
        return subs.size() == 1 ? subs.iterator().next() : "";
    }

    private static double maxTime(Samples s) {
        OptionalDouble max = java.util.stream.IntStream.range(0, s.size()).mapToDouble(s::time)
                .filter(v -> !Double.isNaN(v)).max();
        return max.orElse(Double.NaN);
    }

    private static double lastDistance(Samples s) {
        double max = Double.NaN;
        for (int i = 0; i < s.size(); i++) {
            double d = s.distance(i);
            if (!Double.isNaN(d) && !(d <= max)) {
                max = d;
            }
        }
        return max;
    }
}
