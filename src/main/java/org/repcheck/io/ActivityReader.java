package org.repcheck.io;

import java.io.InputStream;
import org.repcheck.model.Activity;

/**
 * Reads one format. Implementations are stateless and thread-safe: one instance serves the whole batch.
 * A reader returns an activity (with warnings when it salvaged a damaged file) or throws {@link ReadException};
 * no other exception escapes it, whatever the bytes.
 */
public interface ActivityReader {
    /**
     * @param name the file name, used in the activity's {@code source} and in error messages
     * @param in   the (already decompressed) content; the reader does not close it
     */
    Activity read(String name, InputStream in) throws ReadException;
}
