package org.repcheck.history;

import java.util.List;

/** Builds a runner's {@link History} from the digests of their runs. */
public final class HistoryBuilder {
    private HistoryBuilder() {
    }

    /** Order-free: digests are sorted by start, then id, inside; every random draw is seeded by the options. */
    public static History build(List<RunDigest> digests, HistoryOptions options) {
        throw new UnsupportedOperationException("in progress");
    }
}
