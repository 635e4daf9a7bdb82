package org.repcheck.io;

import java.util.Locale;

/**
 * The budget one input may spend, decided before it is read so that a hostile or broken file costs that file and
 * never the batch: past a limit the reader stops and the file gets one line saying which limit it passed. The
 * numbers keep one worker's peak well under {@link #WORKER_HEAP_BYTES}, which is what the batch sizes its worker
 * count by.
 */
public final class ReadLimits {
    /** Bytes taken from the file itself (compressed, as on disk). A year of 1 s running is ~40 MB of FIT. */
    public static final long MAX_FILE_BYTES = 256L << 20;
    /** Bytes after decompression that a streaming (XML) reader may consume: well past 500,000 GPX points. */
    public static final long MAX_EXPANDED_BYTES = 256L << 20;
    /**
     * A FIT file is decoded from memory, whole, and its bytes are held twice while read, so it gets less: at ~24
     * bytes a record, 32 MB is already past {@link #MAX_SAMPLES}. The largest real file in the corpus is 3 MB.
     */
    public static final long MAX_FIT_BYTES = 32L << 20;
    /** Past this much output, a gzip stream may expand at most {@link #MAX_RATIO}-fold (text gzips 10–30-fold). */
    public static final long RATIO_CHECK_AFTER = 16L << 20;
    public static final long MAX_RATIO = 200;
    /**
     * Samples per activity: almost six days at one per second (a 30-hour ultra is 108,000). One sample is nine or
     * ten doubles, so ~40 MB of columns, ~100 MB at the peak while the columns grow and are trimmed.
     */
    public static final int MAX_SAMPLES = 500_000;
    /** Laps per activity: a lap every 100 m over 1,000 km. */
    public static final int MAX_LAPS = 10_000;
    /** The heap one worker needs at the limits above (columns while they grow, plus report drawing). */
    public static final long WORKER_HEAP_BYTES = 160L << 20;

    private ReadLimits() {
    }

    /** A limit passed: the reader stops at once, and the input's one line is this message. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Exceeded(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Throws when the samples collected so far pass the budget (readers call it as they add one). */
    public static void checkSamples(int count) {
        if (count > MAX_SAMPLES) {
            throw new Exceeded("more than " + String.format(Locale.ROOT, "%,d", MAX_SAMPLES)
                    + " samples in one activity; not read");
        }
    }

    public static void checkLaps(int count) {
        if (count > MAX_LAPS) {
            throw new Exceeded("more than " + String.format(Locale.ROOT, "%,d", MAX_LAPS)
                    + " laps in one activity; not read");
        }
    }

    /** "256 MB" for a byte limit. */
    public static String mb(long bytes) {
        return (bytes >> 20) + " MB";
    }
}
