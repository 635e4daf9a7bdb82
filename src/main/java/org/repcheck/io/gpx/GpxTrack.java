package org.repcheck.io.gpx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.repcheck.io.ReadException;
import org.repcheck.io.gpx.xml.ExtensionsType;
import org.repcheck.io.gpx.xml.WptType;
import org.repcheck.io.xml.ExtensionValues;
import org.repcheck.model.GeoDistance;
import org.repcheck.io.xml.Numbers;
import org.repcheck.io.xml.PointColumns;
import org.repcheck.io.xml.Sports;
import org.repcheck.io.xml.TimeAxis;
import org.repcheck.io.xml.StreamScan;
import org.repcheck.io.xml.ValueProblems;
import org.repcheck.model.Activity;
import org.repcheck.model.Format;
import org.repcheck.model.Segment;
import org.repcheck.model.TimeRange;

/**
 * What one GPX read collects while it streams, and the activity it makes of it. Decisions:
 * <ul>
 *   <li>All tracks and segments are one activity, in file order; a new segment whose first point is later than
 *       the previous segment's last is a pause (devices and apps start a segment when the timer restarts).
 *       Gaps inside a segment are not: a GPS drop-out is not a rest.</li>
 *   <li>Distance is the cumulative haversine distance between consecutive positioned points of the same
 *       segment; the straight line from one segment's end to the next one's start is not counted (a new
 *       segment means recording stopped or the fix was lost, and GPSBabel writes separate outings as separate
 *       tracks: bridging them added 9 km to a 4.6 km file). Points without a position get NaN.</li>
 *   <li>Speed only from a TrackPointExtension (or look-alike) {@code speed}: GPX itself has none.</li>
 * </ul>
 */
final class GpxTrack implements StreamScan.Collector {
    private final String name;
    private final PointColumns points = new PointColumns();
    private final List<String> warnings = new ArrayList<>();
    private int[] segmentStarts = new int[16];
    private int segmentCount;
    private boolean segmentOpen;
    private String creator = "";
    private String type = "";
    private int tracks;
    private int routePoints;
    private int waypoints;
    private int badPositions;
    private double lastLat = Double.NaN;
    private double lastLon = Double.NaN;
    private double distance = 0;
    private boolean anyPosition;
    private boolean newSegmentSincePosition;

    GpxTrack(String name) {
        this.name = name;
    }

    void creator(String c) {
        creator = c == null ? "" : c.strip();
    }

    void type(String t) {
        if (type.isEmpty() && t != null) {
            type = t.strip();
        }
    }

    /** Structure seen outside the points. */
    void element(String local) {
        switch (local) {
            case "trk" -> tracks++;
            case "trkseg" -> segmentOpen = true;
            case "rtept" -> routePoints++;
            case "wpt" -> waypoints++;
            default -> {
            }
        }
    }

    /** One point, with the values its foreign extension elements carried. */
    void point(WptType w, ExtensionValues v) {
        int i = points.add();
        boolean newSegment = segmentOpen;
        if (segmentOpen) {
            segmentOpen = false;
            if (segmentCount == segmentStarts.length) {
                segmentStarts = java.util.Arrays.copyOf(segmentStarts, segmentCount * 2);
            }
            segmentStarts[segmentCount++] = i;
        }
        if (newSegment) {
            newSegmentSincePosition = true;
        }
        double lat = Numbers.of(w.getLat());
        double lon = Numbers.of(w.getLon());
        if (GeoDistance.isPosition(lat, lon)) {
            points.lat(i, lat);
            points.lon(i, lon);
            if (anyPosition && !newSegmentSincePosition) {
                distance += GeoDistance.haversineM(lastLat, lastLon, lat, lon);
            }
            anyPosition = true;
            newSegmentSincePosition = false;
            lastLat = lat;
            lastLon = lon;
            points.distance(i, distance);
        } else {
            badPositions++;
        }
        points.altitude(i, Numbers.of(w.getEle()));
        if (w.getTime() != null) {
            points.epochS(i, TimeAxis.epochS(w.getTime()));
        }
        ExtensionsType ext = w.getExtensions();
        if (ext != null) {
            v.readAll(ext.getAny(), GpxTrack::known);
        }
        points.hr(i, v.hr);
        points.cadence(i, v.cadence);
        points.speed(i, v.speed);
        points.power(i, v.power);
    }

    /** Values from the TrackPointExtension classes generated from Garmin's schemas. */
    private static void known(Object o, ExtensionValues v) {
        if (o instanceof org.repcheck.io.gpx.tpx2.TrackPointExtensionT t) {
            v.hr(Numbers.of(t.getHr()));
            v.cadence(Numbers.of(t.getCad()));
            v.speed(Numbers.of(t.getSpeed()));
        } else if (o instanceof org.repcheck.io.gpx.tpx1.TrackPointExtensionT t) {
            v.hr(Numbers.of(t.getHr()));
            v.cadence(Numbers.of(t.getCad()));
        }
    }

    @Override
    public Activity broken(String where, ValueProblems problems) throws ReadException {
        if (points.size() == 0) {
            throw new ReadException(name, "broken XML at " + where + " (no track points before it)");
        }
        warnings.add("broken XML at " + where + "; the " + points.size() + " points before it were kept");
        return finish(problems);
    }

    @Override
    public Activity finish(ValueProblems problems) throws ReadException {
        int n = points.size();
        if (n == 0) {
            throw new ReadException(name, whyNothing());
        }
        TimeAxis axis = TimeAxis.of(points.epochColumn(), n, "points");
        List<String> all = new ArrayList<>(axis.warnings());
        if (badPositions > 0) {
            all.add(badPositions + " of " + n + " points have no valid position (lat/lon)");
        }
        problems.warning().ifPresent(all::add);
        all.addAll(warnings);
        List<TimeRange> pauses = axis.gapsAt(segmentStarts, segmentCount);
        double paused = pauses.stream().mapToDouble(TimeRange::durationS).sum();
        double elapsed = axis.elapsedS();
        double total = anyPosition ? distance : Double.NaN;
        String sport = Sports.normalise(type);
        List<Segment> segments = axis.present()
                ? List.of(new Segment(sport, "", new TimeRange(axis.firstS(), axis.lastS()), total))
                : List.of();
        return new Activity(name, Format.GPX, sport, "", axis.start(), elapsed, elapsed - paused, total,
                points.toSamples(axis), List.of(), List.of(), pauses, segments,
                creator.isEmpty() ? Optional.empty() : Optional.of(creator), all);
    }

    private String whyNothing() {
        if (tracks > 0) {
            return "a GPX whose tracks have no points: nothing recorded";
        }
        if (routePoints > 0) {
            return "a GPX with a route and no track: nothing recorded";
        }
        if (waypoints > 0) {
            return "a GPX with only waypoints and no track: nothing recorded";
        }
        return "a GPX with only metadata: nothing recorded";
    }
}
