package org.repcheck.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.repcheck.model.Activity;
import org.repcheck.model.Segment;
import org.repcheck.model.TimeRange;

/**
 * The parts of an activity where lap and signal detection may look for running reps. A multisport activity is
 * searched only inside its running segments: a bike leg's speed would drown the run's reps, and a swim has none. A
 * single-sport activity is searched whole when it is a run or of unknown sport (a GPX track often says nothing);
 * a ride, swim or row has no running reps, whatever its laps look like. Workout steps are the plan and are trusted
 * for any sport, so they do not use this.
 */
final class RunningRanges {
    private static final Set<String> MAYBE_RUNNING = Set.of("running", "unknown", "generic", "");

    private final List<TimeRange> ranges;
    private final String why;

    private RunningRanges(List<TimeRange> ranges, String why) {
        this.ranges = ranges;
        this.why = why;
    }

    static RunningRanges of(Activity a) {
        List<TimeRange> runs = new ArrayList<>();
        for (Segment s : a.segments()) {
            if (s.sport().equals("running")) {
                runs.add(s.range());
            }
        }
        if (!runs.isEmpty() && (a.segments().size() > 1 || !a.sport().equals("running"))) {
            return new RunningRanges(runs, "");
        }
        String sport = a.sport().toLowerCase(java.util.Locale.ROOT);
        if (MAYBE_RUNNING.contains(sport) || !runs.isEmpty()) {
            return new RunningRanges(List.of(new TimeRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)), "");
        }
        return new RunningRanges(List.of(), "sport is " + a.sport() + ": laps and the speed signal are read only for running");
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Why there is nothing to search (empty when there is). */
    String why() {
        return why;
    }

    List<TimeRange> ranges() {
        return ranges;
    }

    boolean contains(double t) {
        for (TimeRange r : ranges) {
            if (t >= r.startS() && t <= r.endS()) {
                return true;
            }
        }
        return false;
    }

    boolean containsMid(double s, double e) {
        return contains(0.5 * (s + e));
    }
}
