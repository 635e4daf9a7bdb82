package org.repcheck.model;

/**
 * How long a planned workout step lasts: a distance (metres), a time (seconds), or open (until the runner presses
 * the lap button — how watches end a warm-up).
 *
 * @param value metres for {@link Kind#DISTANCE}, seconds for {@link Kind#TIME}, NaN for {@link Kind#OPEN}
 */
public record StepLength(Kind kind, double value) {
    public enum Kind { DISTANCE, TIME, OPEN }

    public static final StepLength OPEN = new StepLength(Kind.OPEN, Double.NaN);

    public StepLength {
        if (kind == null) {
            throw new IllegalArgumentException("step length needs a kind");
        }
        if (kind != Kind.OPEN && !(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException("a " + kind + " step needs a length above 0: " + value);
        }
        if (kind == Kind.OPEN) {
            value = Double.NaN;
        }
    }

    public static StepLength metres(double m) {
        return new StepLength(Kind.DISTANCE, m);
    }

    public static StepLength seconds(double s) {
        return new StepLength(Kind.TIME, s);
    }

    public boolean isDistance() {
        return kind == Kind.DISTANCE;
    }

    public boolean isTime() {
        return kind == Kind.TIME;
    }
}
