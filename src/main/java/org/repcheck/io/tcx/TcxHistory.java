package org.repcheck.io.tcx;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.repcheck.io.ReadException;
import org.repcheck.io.tcx.ax2.ActivityTrackpointExtensionT;
import org.repcheck.io.tcx.xml.HeartRateInBeatsPerMinuteT;
import org.repcheck.io.tcx.xml.IntensityT;
import org.repcheck.io.tcx.xml.PositionT;
import org.repcheck.io.tcx.xml.TrackpointT;
import org.repcheck.io.tcx.xml.TriggerMethodT;
import org.repcheck.io.xml.ExtensionValues;
import org.repcheck.model.GeoDistance;
import org.repcheck.io.xml.Numbers;
import org.repcheck.io.xml.PointColumns;
import org.repcheck.io.xml.Sports;
import org.repcheck.io.xml.TimeAxis;
import org.repcheck.io.xml.StreamScan;
import org.repcheck.io.xml.ValueProblems;
import org.repcheck.io.xml.XmlTimes;
import org.repcheck.model.Activity;
import org.repcheck.model.Format;
import org.repcheck.model.Intensity;
import org.repcheck.model.Lap;
import org.repcheck.model.LapTrigger;
import org.repcheck.model.Segment;
import org.repcheck.model.TimeRange;

/**
 * What one TCX read collects while it streams, and the activity it makes of it. Decisions:
 * <ul>
 *   <li>Every Activity (and multisport Transition) in the file, in file order, is one activity with a segment
 *       each; trackpoint distances of a later activity continue from the earlier one's.</li>
 *   <li>The activity's distance is the sum of its laps' DistanceMeters (what the watch showed; it matches the
 *       independent decoder on the corpus), else the last trackpoint distance, else haversine over positions.</li>
 *   <li>Timer time is the sum of the laps' TotalTimeSeconds; a pause is the gap between two Track elements of
 *       one lap, which is how Garmin writes a stopped timer (each lap's first Track is not one).</li>
 *   <li>Heart rate 0 and 255 are "no reading" sentinels, on laps and trackpoints alike: NaN, with a warning.</li>
 * </ul>
 */
final class TcxHistory implements StreamScan.Collector {
    static final Set<String> LAP_FIELDS = Set.of("TotalTimeSeconds", "DistanceMeters", "MaximumSpeed", "Calories",
            "Intensity", "TriggerMethod", "Cadence");

    /** A lap's header fields as they stream past, and the range of trackpoints it holds. */
    private static final class LapDraft {
        double startEpochS = Double.NaN;
        double timerS = Double.NaN;
        double distanceM = Double.NaN;
        double avgHr = Double.NaN;
        double maxHr = Double.NaN;
        Intensity intensity = Intensity.UNKNOWN;
        LapTrigger trigger = LapTrigger.UNKNOWN;
        int firstPoint;
        int endPoint;
        int tracks;
    }

    /** One Activity element: its sport, its trackpoints, its laps. */
    private static final class ActivityDraft {
        String sport;
        int firstPoint;
        int endPoint;
        int firstLap;
        int endLap;
        double distanceOffsetM;
        double lastRawDistanceM = Double.NaN;
        double lapDistanceM;
        boolean anyLapDistance;

        double distanceM() {
            return anyLapDistance ? lapDistanceM : lastRawDistanceM;
        }
    }

    private final String name;
    private final PointColumns points = new PointColumns();
    private final List<LapDraft> laps = new ArrayList<>();
    private final List<ActivityDraft> activities = new ArrayList<>();
    private LapDraft lap;
    private ActivityDraft activity;
    private int[] trackStarts = new int[16];
    private int trackCount;
    private boolean trackOpen;
    private String device = "";
    private boolean courses;
    private boolean workouts;
    private boolean multiSport;
    private int hrSentinelPoints;
    private int hrSentinelLaps;
    private int badLapTimes;
    private double nextOffsetM;

    TcxHistory(String name) {
        this.name = name;
    }

    boolean inLap() {
        return lap != null;
    }

    /** An element that is not a trackpoint or a lap field opens. */
    void start(String local, String parent, String sport, String startTime) {
        switch (local) {
            case "Activity" -> openActivity(sport == null ? "" : sport);
            case "Lap" -> {
                if ("Activity".equals(parent) && activity != null) {
                    openLap(startTime);
                }
            }
            case "Transition" -> {
                if ("NextSport".equals(parent)) {
                    openActivity("transition");
                    openLap(startTime);
                }
            }
            case "Track" -> {
                // Garmin starts a new Track inside a lap when the timer restarts; a lap's first Track is no pause.
                if (lap != null) {
                    trackOpen = lap.tracks++ > 0;
                }
            }
            case "Courses" -> courses = true;
            case "Workouts" -> workouts = true;
            case "MultiSportSession" -> multiSport = true;
            default -> {
            }
        }
    }

    void end(String local) {
        switch (local) {
            case "Lap" -> closeLap();
            case "Transition" -> {
                closeLap();
                closeActivity();
            }
            case "Activity" -> {
                closeLap();
                closeActivity();
            }
            default -> {
            }
        }
    }

    private void openActivity(String sport) {
        closeActivity();
        activity = new ActivityDraft();
        activity.sport = sport;
        activity.firstPoint = points.size();
        activity.firstLap = laps.size();
        activity.distanceOffsetM = nextOffsetM;
    }

    private void closeActivity() {
        if (activity == null) {
            return;
        }
        activity.endPoint = points.size();
        activity.endLap = laps.size();
        double d = !Double.isNaN(activity.lastRawDistanceM) ? activity.lastRawDistanceM : activity.lapDistanceM;
        nextOffsetM = activity.distanceOffsetM + d;
        activities.add(activity);
        activity = null;
    }

    private void openLap(String startTime) {
        closeLap();
        lap = new LapDraft();
        if (startTime != null) {
            Optional<java.time.Instant> t = XmlTimes.parse(startTime);
            if (t.isPresent()) {
                lap.startEpochS = TimeAxis.epochS(t.get());
            } else {
                badLapTimes++;
            }
        }
        lap.firstPoint = points.size();
    }

    private void closeLap() {
        if (lap == null) {
            return;
        }
        lap.endPoint = points.size();
        org.repcheck.io.ReadLimits.checkLaps(laps.size() + 1);
        laps.add(lap);
        if (!Double.isNaN(lap.distanceM) && activity != null) {
            activity.lapDistanceM += lap.distanceM;
            activity.anyLapDistance = true;
        }
        lap = null;
    }

    void lapField(String local, String text) {
        if (lap == null) {
            return;
        }
        switch (local) {
            case "TotalTimeSeconds" -> lap.timerS = nonNegative(Numbers.parse(text));
            case "DistanceMeters" -> lap.distanceM = nonNegative(Numbers.parse(text));
            case "Intensity" -> lap.intensity = intensity(text);
            case "TriggerMethod" -> lap.trigger = trigger(text);
            default -> {
            }
        }
    }

    void lapHeartRate(String local, HeartRateInBeatsPerMinuteT hr) {
        if (lap == null || hr == null) {
            return;
        }
        double raw = hr.getValue();
        double v = Numbers.heartRate(raw);
        if (Double.isNaN(v)) {
            hrSentinelLaps++;
        }
        if (local.equals("AverageHeartRateBpm")) {
            lap.avgHr = v;
        } else {
            lap.maxHr = v;
        }
    }

    void device(String text) {
        if (device.isEmpty() && text != null) {
            device = text.strip();
        }
    }

    void point(TrackpointT tp, ExtensionValues v) {
        int i = points.add();
        if (trackOpen) {
            trackOpen = false;
            if (i > 0) {
                if (trackCount == trackStarts.length) {
                    trackStarts = java.util.Arrays.copyOf(trackStarts, trackCount * 2);
                }
                trackStarts[trackCount++] = i;
            }
        }
        if (tp.getTime() != null) {
            points.epochS(i, TimeAxis.epochS(tp.getTime()));
        }
        PositionT pos = tp.getPosition();
        if (pos != null) {
            double lat = pos.getLatitudeDegrees();
            double lon = pos.getLongitudeDegrees();
            if (GeoDistance.isPosition(lat, lon)) {
                points.lat(i, lat);
                points.lon(i, lon);
            }
        }
        points.altitude(i, Numbers.of(tp.getAltitudeMeters()));
        double d = Numbers.of(tp.getDistanceMeters());
        if (d >= 0 && activity != null) {
            points.distance(i, activity.distanceOffsetM + d);
            activity.lastRawDistanceM = Double.isNaN(activity.lastRawDistanceM) ? d
                    : Math.max(activity.lastRawDistanceM, d);
        }
        if (tp.getHeartRateBpm() != null) {
            double hr = Numbers.heartRate(tp.getHeartRateBpm().getValue());
            if (Double.isNaN(hr)) {
                hrSentinelPoints++;
            }
            points.hr(i, hr);
        }
        if (tp.getCadence() != null) {
            v.cadence(tp.getCadence());
        }
        if (tp.getExtensions() != null) {
            v.readAll(tp.getExtensions().getAny(), TcxHistory::known);
        }
        if (Double.isNaN(points.hrAt(i))) {
            points.hr(i, v.hr);
        }
        points.cadence(i, v.cadence);
        points.speed(i, v.speed);
        points.power(i, v.power);
    }

    /** Values from the ActivityExtension v2 classes generated from Garmin's schema. */
    private static void known(Object o, ExtensionValues v) {
        if (o instanceof ActivityTrackpointExtensionT t) {
            v.speed(Numbers.of(t.getSpeed()));
            v.cadence(Numbers.of(t.getRunCadence()));
            v.power(Numbers.of(t.getWatts()));
        }
    }

    @Override
    public Activity broken(String where, ValueProblems problems) throws ReadException {
        if (points.size() == 0 && laps.isEmpty() && lap == null) {
            throw new ReadException(name, "broken XML at " + where + " (no trackpoints before it)");
        }
        closeLap();
        closeActivity();
        return finish(problems).withWarnings(List.of(
                "broken XML at " + where + "; the " + points.size() + " trackpoints before it were kept"));
    }

    @Override
    public Activity finish(ValueProblems problems) throws ReadException {
        closeLap();
        closeActivity();
        int n = points.size();
        if (n == 0 && laps.isEmpty()) {
            throw new ReadException(name, whyNothing());
        }
        List<String> warnings = new ArrayList<>();
        if (n > 0 && !points.anyDistance()) {
            fillDistanceFromPositions(n);
        }
        double origin = laps.isEmpty() ? Double.NaN : laps.get(0).startEpochS;
        TimeAxis axis = TimeAxis.of(points.epochColumn(), n, "trackpoints", origin);
        warnings.addAll(axis.warnings());
        if (n == 0) {
            warnings.add("no trackpoints: only lap summaries");
        }
        List<Lap> modelLaps = laps(axis);
        List<TimeRange> pauses = axis.gapsAt(trackStarts, trackCount);
        double elapsed = axis.elapsedS();
        double timer = modelLaps.stream().mapToDouble(Lap::timerS).filter(t -> !Double.isNaN(t)).sum();
        if (modelLaps.stream().allMatch(l -> Double.isNaN(l.timerS()))) {
            timer = elapsed - pauses.stream().mapToDouble(TimeRange::durationS).sum();
        }
        double distance = distance(n);
        Set<String> sports = new LinkedHashSet<>();
        List<Segment> segments = new ArrayList<>();
        for (ActivityDraft a : activities) {
            String sport = a.sport.equals("transition") ? "transition" : Sports.normalise(a.sport);
            if (!sport.equals("transition")) {
                sports.add(sport);
            }
            range(axis, a).ifPresent(r -> segments.add(new Segment(sport, "", r, a.distanceM())));
        }
        String sport = sports.isEmpty() ? "unknown" : sports.size() == 1 ? sports.iterator().next() : "multisport";
        long real = activities.stream().filter(a -> !a.sport.equals("transition")).count();
        if (real > 1 && !multiSport) {
            warnings.add(real + " activities in one file, read as one (one segment each)");
        }
        if (hrSentinelLaps + hrSentinelPoints > 0) {
            warnings.add("heart rate 0/255 (the device's \"no reading\") in " + hrSentinelLaps + " lap values and "
                    + hrSentinelPoints + " trackpoints: left out");
        }
        if (badLapTimes > 0) {
            warnings.add(badLapTimes + " laps have an unreadable StartTime (placed at their first trackpoint)");
        }
        problems.warning().ifPresent(warnings::add);
        return new Activity(name, Format.TCX, sport, "", axis.start(), elapsed, timer, distance,
                points.toSamples(axis), modelLaps, List.of(), pauses, segments,
                device.isEmpty() ? Optional.empty() : Optional.of(device), warnings);
    }

    private double distance(int n) {
        double sum = 0;
        boolean any = false;
        for (ActivityDraft a : activities) {
            double d = a.distanceM();
            if (!Double.isNaN(d)) {
                sum += d;
                any = true;
            }
        }
        if (any) {
            return sum;
        }
        for (int i = n - 1; i >= 0; i--) {
            if (!Double.isNaN(points.distance(i))) {
                return points.distance(i);
            }
        }
        return Double.NaN;
    }

    /** A TCX that carries positions but no DistanceMeters (some apps): haversine along each Track. */
    private void fillDistanceFromPositions(int n) {
        double total = 0;
        double lastLat = Double.NaN;
        double lastLon = Double.NaN;
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (k < trackCount && trackStarts[k] == i) {
                k++;
                lastLat = Double.NaN;
            }
            double lat = points.lat(i);
            double lon = points.lon(i);
            if (Double.isNaN(lat) || Double.isNaN(lon)) {
                continue;
            }
            if (!Double.isNaN(lastLat)) {
                total += GeoDistance.haversineM(lastLat, lastLon, lat, lon);
            }
            lastLat = lat;
            lastLon = lon;
            points.distance(i, total);
        }
    }

    private List<Lap> laps(TimeAxis axis) {
        List<Lap> out = new ArrayList<>();
        for (int k = 0; k < laps.size(); k++) {
            LapDraft l = laps.get(k);
            double start = axis.present() ? offset(axis, l.startEpochS) : Double.NaN;
            if (Double.isNaN(start)) {
                start = firstOffset(axis, l.firstPoint, l.endPoint);
            }
            double end = Double.NaN;
            if (k + 1 < laps.size()) {
                LapDraft next = laps.get(k + 1);
                end = axis.present() ? offset(axis, next.startEpochS) : Double.NaN;
            }
            if (Double.isNaN(end)) {
                end = lastOffset(axis, l.firstPoint, l.endPoint);
            }
            double elapsed = end - start;
            if (Double.isNaN(elapsed) || elapsed < 0 || (!Double.isNaN(l.timerS) && elapsed < l.timerS)) {
                elapsed = Double.isNaN(l.timerS) ? (Double.isNaN(elapsed) || elapsed < 0 ? Double.NaN : elapsed) : l.timerS;
            }
            out.add(new Lap(start, elapsed, l.timerS, l.distanceM, l.intensity, l.trigger, OptionalInt.empty(),
                    l.avgHr, l.maxHr));
        }
        return out;
    }

    private static double offset(TimeAxis axis, double epochS) {
        if (Double.isNaN(epochS) || axis.start().isEmpty()) {
            return Double.NaN;
        }
        return epochS - TimeAxis.epochS(axis.start().get());
    }

    private static double firstOffset(TimeAxis axis, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(axis.offsetS(i))) {
                return axis.offsetS(i);
            }
        }
        return Double.NaN;
    }

    private static double lastOffset(TimeAxis axis, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (!Double.isNaN(axis.offsetS(i))) {
                return axis.offsetS(i);
            }
        }
        return Double.NaN;
    }

    private static Optional<TimeRange> range(TimeAxis axis, ActivityDraft a) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = a.firstPoint; i < a.endPoint; i++) {
            double t = axis.offsetS(i);
            if (!Double.isNaN(t)) {
                lo = Math.min(lo, t);
                hi = Math.max(hi, t);
            }
        }
        return lo <= hi ? Optional.of(new TimeRange(lo, hi)) : Optional.empty();
    }

    private static double nonNegative(double v) {
        return v >= 0 ? v : Double.NaN;
    }

    static Intensity intensity(String text) {
        try {
            return switch (IntensityT.fromValue(text.strip())) {
                case ACTIVE -> Intensity.ACTIVE;
                case RESTING -> Intensity.REST;
            };
        } catch (IllegalArgumentException | NullPointerException e) {
            return Intensity.UNKNOWN;
        }
    }

    static LapTrigger trigger(String text) {
        try {
            return switch (TriggerMethodT.fromValue(text.strip())) {
                case MANUAL -> LapTrigger.MANUAL;
                case DISTANCE -> LapTrigger.DISTANCE;
                case LOCATION -> LapTrigger.POSITION;
                case TIME -> LapTrigger.TIME;
                case HEART_RATE -> LapTrigger.OTHER;
            };
        } catch (IllegalArgumentException | NullPointerException e) {
            return LapTrigger.UNKNOWN;
        }
    }

    private String whyNothing() {
        if (courses) {
            return "a TCX course (a planned route), not a recorded activity: nothing recorded";
        }
        if (workouts) {
            return "a TCX with workouts only: nothing recorded";
        }
        if (!activities.isEmpty()) {
            return "a TCX activity with no laps and no trackpoints: nothing recorded";
        }
        return "a TCX with no activity: nothing recorded";
    }
}
