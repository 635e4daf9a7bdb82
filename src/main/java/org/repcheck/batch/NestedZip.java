package org.repcheck.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * A zip inside a zip (Garmin's full-account export keeps its FIT files in zips inside the outer zip). An inner zip
 * can only be read front to back, so this keeps one stream open on it and serves the entries the batch asks for in
 * the order it asks, nearly the order they are stored; an entry skipped on the way to another that is still wanted
 * waits in a small buffer. Nothing is written to disk: the entries are read as streams, in memory.
 */
final class NestedZip {
    /** Entries kept aside while reading ahead; enough for the few workers that ask out of order. */
    private static final int BUFFER_ENTRIES = 16;
    /** Bytes kept aside at most: the buffer must not be what exhausts a worker's heap (ReadLimits). */
    private static final long BUFFER_BYTES = 64L << 20;

    private final Path outer;
    private final String innerName;
    private final Set<String> wanted;
    private final Set<String> served = new HashSet<>();
    private final Map<String, byte[]> buffer = new LinkedHashMap<>();
    private ZipFile outerZip;
    private ZipInputStream inner;

    NestedZip(Path outer, String innerName, Set<String> wanted) {
        this.outer = outer;
        this.innerName = innerName;
        this.wanted = Set.copyOf(wanted);
    }

    /** The bytes of one entry of the inner zip. */
    synchronized byte[] read(String entryName) throws IOException {
        byte[] kept = buffer.remove(entryName);
        if (kept != null) {
            return done(entryName, kept);
        }
        for (int pass = 0; pass < 2; pass++) {
            if (inner == null) {
                open();
            }
            ZipEntry e;
            while ((e = inner.getNextEntry()) != null) {
                if (e.getName().equals(entryName)) {
                    return done(entryName, readBounded());
                }
                if (wanted.contains(e.getName()) && !served.contains(e.getName()) && buffer.size() < BUFFER_ENTRIES
                        && buffered() < BUFFER_BYTES && e.getSize() >= 0 && e.getSize() <= BUFFER_BYTES) {
                    try {
                        buffer.put(e.getName(), readBounded());
                    } catch (Input.Refused tooBig) {
                        // left for its own read, which names the limit against that entry
                    }
                }
            }
            close(); // asked for one already passed: start again from the front
        }
        throw new IOException(innerName + "!" + entryName + ": no such entry");
    }

    /**
     * The current entry's bytes, refused past the file budget: an entry is read into memory (an inner zip is one
     * stream), so the budget is checked here, before the reader's own limits ever see it.
     */
    private byte[] readBounded() throws IOException {
        byte[] bytes = inner.readNBytes((int) org.repcheck.io.ReadLimits.MAX_FILE_BYTES + 1);
        if (bytes.length > org.repcheck.io.ReadLimits.MAX_FILE_BYTES) {
            throw new Input.Refused("larger than " + org.repcheck.io.ReadLimits.mb(org.repcheck.io.ReadLimits.MAX_FILE_BYTES)
                    + "; not read");
        }
        return bytes;
    }

    private long buffered() {
        long n = 0;
        for (byte[] b : buffer.values()) {
            n += b.length;
        }
        return n;
    }

    private byte[] done(String entryName, byte[] bytes) throws IOException {
        served.add(entryName);
        if (served.containsAll(wanted)) {
            close();
        }
        return bytes;
    }

    private void open() throws IOException {
        outerZip = new ZipFile(outer.toFile());
        ZipEntry e = outerZip.getEntry(innerName);
        if (e == null) {
            close();
            throw new IOException(innerName + ": gone from " + outer);
        }
        InputStream in = outerZip.getInputStream(e);
        inner = new ZipInputStream(in);
    }

    private void close() throws IOException {
        try {
            if (inner != null) {
                inner.close();
            }
            if (outerZip != null) {
                outerZip.close();
            }
        } finally {
            inner = null;
            outerZip = null;
        }
    }
}
