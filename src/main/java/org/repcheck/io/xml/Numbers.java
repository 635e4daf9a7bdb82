package org.repcheck.io.xml;

/** Lenient number reading for the text fields the readers pick up by hand. */
public final class Numbers {
    private Numbers() {
    }

    /** The number in the text, or NaN when it is blank, not a number, or infinite. */
    public static double parse(String text) {
        if (text == null) {
            return Double.NaN;
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(s.replace(',', '.'));
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    public static double of(Number n) {
        if (n == null) {
            return Double.NaN;
        }
        double v = n.doubleValue();
        return Double.isFinite(v) ? v : Double.NaN;
    }

    /** Heart rate in bpm, with the sentinels devices leak (0, 255 = "no reading") and absurd values as NaN. */
    public static double heartRate(double bpm) {
        return bpm > 0 && bpm < 255 ? bpm : Double.NaN;
    }
}
