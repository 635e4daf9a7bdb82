package org.repcheck.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One writer per report folder. The same activity given twice (a file and its copy, the same export twice) has
 * one activity id; without this, two workers would swap the same folder at once and one would fail with
 * "folder not empty". The first worker to reach an id writes it; the others wait for it and then find it written.
 */
final class ReportClaims {
    /** The staging and swap-out names {@link AtomicFiles} uses: ".&lt;name&gt;.&lt;uuid&gt;.tmp|old". */
    private static final Pattern LEFTOVER = Pattern.compile("^\\..+\\.[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\\.(tmp|old)$");
    /** Older than any run's write of one report: a leftover of a run that was killed, not one in progress. */
    private static final Duration STALE = Duration.ofHours(1);

    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    interface Write {
        void run() throws IOException;
    }

    /** Runs {@code write} for {@code id} unless it already succeeded in this run; one at a time per id. */
    void writeOnce(String id, Write write) throws IOException {
        Object lock = locks.computeIfAbsent(id, k -> new Object());
        synchronized (lock) {
            if (written.contains(id)) {
                return;
            }
            write.run();
            written.add(id);
        }
    }

    /** Marks {@code id} as written in this run without writing (a rerun reuses the report an earlier run wrote). */
    void alreadyWritten(String id) {
        written.add(id);
    }

    /** Removes staging folders left by a run killed mid-write (kill -9 runs no cleanup). Best effort. */
    static void sweepStale(Path outDir) {
        if (!Files.isDirectory(outDir)) {
            return;
        }
        Instant before = Instant.now().minus(STALE);
        try (Stream<Path> s = Files.list(outDir)) {
            s.filter(p -> LEFTOVER.matcher(p.getFileName().toString()).matches())
                    .filter(p -> olderThan(p, before))
                    .forEach(ReportClaims::deleteQuietly);
        } catch (IOException | RuntimeException e) {
            // Leftovers cost disk space, not correctness; the run goes on.
        }
    }

    private static boolean olderThan(Path p, Instant before) {
        try {
            FileTime t = Files.getLastModifiedTime(p);
            return t.toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            if (Files.isDirectory(p)) {
                AtomicFiles.deleteTree(p);
            } else {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // see sweepStale
        }
    }
}
