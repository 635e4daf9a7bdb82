package org.repcheck.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One activity to analyse: a file on disk or an entry inside an export .zip. Opening is deferred so a folder of
 * 10,000 files costs 10,000 small objects, not 10,000 files' bytes.
 *
 * @param name    what the user sees in messages and the index ("run.fit", "export.zip!activities/123.fit.gz")
 * @param origin  the file on disk it came from (the file itself, or the outermost zip), which decides whose
 *                athlete.yaml applies; empty for inputs made in memory
 * @param export  what the export's own listing (Strava's activities.csv) says about it, when there is one
 */
public record Input(String name, Opener opener, Optional<Path> origin, Optional<ExportListing.Entry> export) {
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public Input {
        if (name == null || opener == null || origin == null || export == null) {
            throw new IllegalArgumentException("input fields must not be null");
        }
    }

    /** An input with no known origin or listing (tests, in-memory inputs). */
    public Input(String name, Opener opener) {
        this(name, opener, Optional.empty(), Optional.empty());
    }

    public InputStream open() throws IOException {
        return opener.open();
    }

    /**
     * An input found but refused before any byte is read (a device or pipe, a zip that will not open, a folder
     * that cannot be listed): it still gets its row in the index, with this reason.
     */
    public static Input refused(String name, String reason) {
        return new Input(name, () -> {
            throw new Refused(reason);
        });
    }

    /** Opening refused, with the whole reason in words as the message. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        public Refused(String reason) {
            super(reason);
        }
    }
}
