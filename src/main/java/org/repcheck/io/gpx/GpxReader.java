package org.repcheck.io.gpx;

import java.io.InputStream;
import org.repcheck.io.ActivityReader;
import org.repcheck.io.ReadException;
import org.repcheck.model.Activity;

/** Placeholder until the GPX reader lands. */
public final class GpxReader implements ActivityReader {
    @Override
    public Activity read(String name, InputStream in) throws ReadException {
        throw new ReadException(name, "GPX reading not implemented yet");
    }
}
