package org.repcheck.model;

/** A span of the activity, seconds since its start; used for pauses (timer stopped) and sport segments. */
public record TimeRange(double startS, double endS) {
    public TimeRange {
        if (!(endS >= startS)) {
            throw new IllegalArgumentException("range ends before it starts: " + startS + ".." + endS);
        }
    }

    public double durationS() {
        return endS - startS;
    }

    public boolean contains(double t) {
        return t >= startS && t < endS;
    }
}
