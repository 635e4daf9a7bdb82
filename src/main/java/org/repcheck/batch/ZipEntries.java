package org.repcheck.batch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Opens one entry of an export .zip as a stream that closes the archive with it: the entry is read as it is
 * parsed, never copied whole into memory, so an entry that expands to a gigabyte meets the reader's budget
 * instead of exhausting the heap. An archive may hold several entries of the same name (an export appended to);
 * each is read, the n-th by walking the archive in order, since a lookup by name finds only one of them.
 */
final class ZipEntries {
    /** Copies of one entry name read from one archive (an export appended to twice has two). */
    static final int MAX_COPIES = 10;
    private ZipEntries() {
    }

    /** The {@code occurrence}-th (1-based) entry called {@code name}, or 0 for the only one of that name. */
    static InputStream open(Path zip, String name, int occurrence) throws IOException {
        if (occurrence == 0) {
            ZipFile zf = new ZipFile(zip.toFile());
            try {
                ZipEntry entry = zf.getEntry(name);
                if (entry == null) {
                    throw new Input.Refused("entry no longer in the archive");
                }
                return closingBoth(zf.getInputStream(entry), zf);
            } catch (IOException | RuntimeException e) {
                zf.close();
                throw e;
            }
        }
        ZipInputStream zin = new ZipInputStream(java.nio.file.Files.newInputStream(zip));
        try {
            int seen = 0;
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                if (e.getName().equals(name) && ++seen == occurrence) {
                    return closingBoth(zin, zin);
                }
            }
            throw new Input.Refused("entry no longer in the archive");
        } catch (IOException | RuntimeException e) {
            zin.close();
            throw e;
        }
    }

    private static InputStream closingBoth(InputStream in, AutoCloseable owner) {
        return new FilterInputStream(in) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    try {
                        owner.close();
                    } catch (Exception e) {
                        // closing the archive after its entry: nothing left to lose
                    }
                }
            }
        };
    }
}
