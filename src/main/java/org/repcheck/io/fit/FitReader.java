package org.repcheck.io.fit;

import java.io.InputStream;
import org.repcheck.io.ActivityReader;
import org.repcheck.io.ReadException;
import org.repcheck.model.Activity;

/** Placeholder until the FIT reader lands. */
public final class FitReader implements ActivityReader {
    @Override
    public Activity read(String name, InputStream in) throws ReadException {
        throw new ReadException(name, "FIT reading not implemented yet");
    }
}
