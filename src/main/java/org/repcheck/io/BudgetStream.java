package org.repcheck.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counts the bytes that pass and stops the read once they pass a limit, or once they outgrow the bytes of the
 * stream they were expanded from by more than {@link ReadLimits#MAX_RATIO} (a compression bomb). The trip is
 * remembered, because parsers wrap the exception in their own and would otherwise report "broken XML".
 */
final class BudgetStream extends FilterInputStream {
    private final BudgetStream source;
    private long limit;
    private String what;
    private long count;
    /** Shared by the streams of one read (file, then what it expands to): the first limit passed. */
    private final AtomicReference<String> tripped;

    /**
     * @param source the compressed stream this one expands, for the ratio check (null for the file itself)
     * @param what   "larger than" / "expands past": the message is what, the limit, "; not read"
     */
    BudgetStream(InputStream in, long limit, BudgetStream source, String what) {
        super(in);
        this.limit = limit;
        this.source = source;
        this.what = what;
        this.tripped = source == null ? new AtomicReference<>("") : source.tripped;
    }

    /** Lowers the limit for a reader that holds the whole content in memory. */
    void limitTo(long smaller, String why) {
        if (smaller < limit) {
            limit = smaller;
            what = why;
        }
    }

    /** Why the read was stopped, or "" when it was not. */
    String tripped() {
        return tripped.get();
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            charge(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            charge(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        charge(s);
        return s;
    }

    /** The file-level stream is the caller's to close (parsers close their input at the end of a document). */
    @Override
    public void close() throws IOException {
        if (source != null) {
            super.close();
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void charge(long n) throws IOException {
        count += n;
        if (count > limit) {
            trip(what + " " + ReadLimits.mb(limit) + "; not read");
        }
        if (source != null && count > ReadLimits.RATIO_CHECK_AFTER
                && count > ReadLimits.MAX_RATIO * Math.max(1, source.count())) {
            trip("expands more than " + ReadLimits.MAX_RATIO + "-fold (" + source.count() + " bytes to over "
                    + ReadLimits.mb(count) + ", a compression bomb?); not read");
        }
    }

    private void trip(String why) throws IOException {
        tripped.compareAndSet("", why);
        throw new IOException(tripped.get());
    }
}
