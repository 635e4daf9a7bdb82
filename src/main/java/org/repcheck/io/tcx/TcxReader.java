package org.repcheck.io.tcx;

import java.io.InputStream;
import org.repcheck.io.ActivityReader;
import org.repcheck.io.ReadException;
import org.repcheck.model.Activity;

/** Placeholder until the TCX reader lands. */
public final class TcxReader implements ActivityReader {
    @Override
    public Activity read(String name, InputStream in) throws ReadException {
        throw new ReadException(name, "TCX reading not implemented yet");
    }
}
