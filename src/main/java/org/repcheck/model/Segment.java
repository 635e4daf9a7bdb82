package org.repcheck.model;

/**
 * One sport of an activity (a FIT session message): a triathlon has swim, transition, bike, transition, run.
 * Sport names are the FIT SDK's in snake case ("running", "cycling", "open_water").
 */
public record Segment(String sport, String subSport, TimeRange range, double distanceM) {
    public Segment {
        if (sport == null || subSport == null || range == null) {
            throw new IllegalArgumentException("segment fields must not be null");
        }
    }
}
