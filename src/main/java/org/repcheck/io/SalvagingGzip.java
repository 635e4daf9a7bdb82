package org.repcheck.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Gzip that keeps what decompressed: a download cut short or a damaged tail ends the stream where the damage is
 * instead of failing the whole read, and {@link #damage()} says what was lost, so a truncated {@code .fit.gz}
 * salvages as much as the same truncated {@code .fit} would. Damage before the first byte came out is still an
 * error: there is nothing to keep.
 */
final class SalvagingGzip extends InputStream {
    private final GZIPInputStream in;
    private long produced;
    private String damage = "";

    SalvagingGzip(InputStream raw) throws IOException {
        this.in = new GZIPInputStream(raw, 1 << 16);
    }

    /** "" when the gzip data was whole; otherwise one line for the activity's warnings. */
    String damage() {
        return damage;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (!damage.isEmpty()) {
            return -1;
        }
        try {
            int n = in.read(b, off, len);
            if (n > 0) {
                produced += n;
            }
            return n;
        } catch (EOFException | ZipException e) {
            if (produced == 0) {
                throw e;
            }
            damage = (e instanceof EOFException ? "gzip data cut short" : "damaged gzip data") + " after "
                    + produced + " bytes decompressed; kept what decompressed";
            return -1;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
