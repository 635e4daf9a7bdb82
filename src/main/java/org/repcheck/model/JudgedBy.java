package org.repcheck.model;

/**
 * The rule a rep was judged by, and the band it set: a reason names it so the runner knows which yardstick was
 * used (the coach rule's interval band is not the right one for a 20-minute tempo).
 *
 * @param rule           which kind of rule
 * @param band           the band the rep was held to (already moved back to the race pace when that bound)
 * @param heldToRacePace true when the model's band reached past the Riegel race pace and was moved back to it
 */
public record JudgedBy(Rule rule, TargetBand band, boolean heldToRacePace) {
    public JudgedBy {
        if (rule == null || band == null) {
            throw new IllegalArgumentException("judged-by fields must not be null");
        }
    }

    /** Which kind of target. */
    public enum Rule {
        /** The target model's interval band (coach rule, Daniels I/R, Riegel, critical speed). */
        INTERVAL,
        /** Daniels' threshold (T) pace band, for tempo blocks and reps too long for an interval rule. */
        THRESHOLD;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
