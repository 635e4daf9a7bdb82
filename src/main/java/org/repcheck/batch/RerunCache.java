package org.repcheck.batch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.repcheck.history.RunDigest;
import org.repcheck.model.Format;
import org.repcheck.model.LocalClock;
import org.repcheck.report.IndexRow;
import org.repcheck.report.Units;

/**
 * What a rerun into the same {@code -o} may reuse. Every analysed input leaves a small entry in
 * {@code DIR/.repcheck-cache.json}: how its file looked (path, size, modification time — the stat check make and
 * git use, so an unchanged file is not even read), the settings that judged it ({@link #settings}), and its index
 * row and reps.csv lines. The next run takes an input's entry only when all three still hold and its report is
 * on disk, so a new file costs its analysis and the other thousand cost a stat each. Correctness before speed: a
 * different repcheck version, profile, TT in force, model, detection mode, {@code --sport}, zone or units means a
 * fresh analysis.
 */
final class RerunCache {
    static final String FILE_NAME = ".repcheck-cache.json";
    private static final int SCHEMA_VERSION = 3; // 2: entries keep the runner's clock; 3: and the history digest
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** One analysed input, as the next run needs it; plain types so the file stays readable JSON. */
    record Entry(String input, String stat, String settings, String activityId, String start, String sport,
                 Double distanceM, int reps, int overcooked, int onTarget, int slow, int unjudged, String advice,
                 String athlete, String title, List<String> messages, String repLines, String format, int warnings,
                 String utcOffset, String zoneSource, String digest) {
        /** The runner's clock the analysis used (its local date decides the TT in force), if it had a start. */
        Optional<LocalClock> clock() {
            if (utcOffset == null || zoneSource == null) {
                return Optional.empty();
            }
            return Optional.of(new LocalClock(ZoneOffset.of(utcOffset), LocalClock.Source.valueOf(zoneSource)));
        }
    }

    /** The cache file: {@code schema_version}, the version that wrote it, the entries. */
    record Document(int schemaVersion, String repcheckVersion, List<Entry> entries) {
    }

    private final Path outDir;
    private final Units units;
    /** Whether this run builds a history: then an entry is reused only with its digest. */
    private final boolean history;
    private final Map<String, Entry> previous;
    private final Map<Integer, Entry> current = new ConcurrentHashMap<>();

    private RerunCache(Path outDir, Units units, boolean history, Map<String, Entry> previous) {
        this.outDir = outDir;
        this.units = units;
        this.history = history;
        this.previous = previous;
    }

    /**
     * The entries the last run into {@code outDir} left; none when there are none or they are unusable. With
     * {@code history}, a cached file brings its history digest back from the entry (re-reading it to digest it
     * again would cost the rerun what the cache saves).
     */
    static RerunCache load(Path outDir, Units units, boolean history) {
        Map<String, Entry> byInput = new ConcurrentHashMap<>();
        Path file = outDir.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            try {
                Document d = JSON.readValue(file.toFile(), Document.class);
                if (d.schemaVersion() == SCHEMA_VERSION && RepcheckVersion.build().equals(d.repcheckVersion())
                        && d.entries() != null) {
                    d.entries().forEach(e -> byInput.put(e.input(), e));
                }
            } catch (IOException | RuntimeException e) {
                // A damaged cache only costs time: everything is analysed afresh and the file rewritten.
            }
        }
        return new RerunCache(outDir, units, history, byInput);
    }

    /** The earlier result for this input, when its file, its settings and its report are all unchanged. */
    Optional<BatchRunner.FileResult> reuse(int order, Input input, Athlete athlete) {
        Entry e = previous.get(input.name());
        if (e == null) {
            return Optional.empty();
        }
        Optional<String> stat = stat(input);
        Optional<Instant> start = e.start() == null ? Optional.empty() : Optional.of(Instant.parse(e.start()));
        IndexRow row;
        Optional<RunDigest> digest = Optional.empty();
        try {
            if (history) {
                if (e.digest() == null) {
                    return Optional.empty(); // written by a run without the history: analyse it again
                }
                digest = Optional.of(DigestJson.read(e.digest()));
            }
            double distance = e.distanceM() == null ? Double.NaN : e.distanceM();
            row = new IndexRow(e.input(), Optional.of(e.activityId()), start, e.sport(), distance, e.reps(),
                    e.overcooked(), e.onTarget(), e.slow(), e.unjudged(), e.advice(), Optional.empty(), e.clock(),
                    e.athlete(), e.title(), List.of());
        } catch (RuntimeException damaged) {
            return Optional.empty();
        }
        // The file is unchanged (stat) and the zones are in the settings, so the clock it was dated by still holds.
        if (stat.isEmpty() || !stat.get().equals(e.stat())
                || !settings(athlete, input, row.localDate()).equals(e.settings())
                || !Files.isRegularFile(outDir.resolve(e.activityId()).resolve("report.html"))) {
            return Optional.empty();
        }
        current.put(order, e);
        return Optional.of(new BatchRunner.FileResult(row, e.messages(), e.overcooked(), e.repLines(),
                Optional.of(new Duplicates.Print(order, athlete.key(), e.activityId(), start, row.distanceM(),
                        Format.valueOf(e.format()), e.warnings()))).withDigest(athlete, digest));
    }

    /** Keeps a fresh result for the next run (only analysed ones: an unreadable file is tried again). */
    void remember(int order, Input input, Athlete athlete, BatchRunner.FileResult r) {
        Optional<String> stat = stat(input);
        if (stat.isEmpty() || r.row().isFailed() || r.print().isEmpty()) {
            return;
        }
        IndexRow row = r.row();
        Duplicates.Print p = r.print().get();
        current.put(order, new Entry(input.name(), stat.get(), settings(athlete, input, row.localDate()),
                row.activityId().orElseThrow(), row.start().map(Instant::toString).orElse(null), row.sport(),
                Double.isNaN(row.distanceM()) ? null : row.distanceM(), row.reps(), row.overcooked(),
                row.onTarget(), row.slow(), row.unjudged(), row.advice(), row.athlete(), row.title(), r.messages(),
                r.repLines(), p.format().name(), p.warnings(),
                row.clock().map(c -> c.offset().getId()).orElse(null),
                row.clock().map(c -> c.source().name()).orElse(null),
                r.digest().map(DigestJson::write).orElse(null)));
    }

    /**
     * Writes the entries of this run's inputs, in input order. After a complete run those of inputs no longer
     * given are dropped; after an interrupted one the earlier entries not reached yet are kept (their reports are
     * still on disk), so the next run picks up where this one stopped.
     */
    void save(boolean complete) throws IOException {
        List<Entry> entries = new ArrayList<>();
        current.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(x -> entries.add(x.getValue()));
        if (!complete) {
            java.util.Set<String> done = new java.util.HashSet<>();
            entries.forEach(e -> done.add(e.input()));
            previous.values().stream().filter(e -> !done.contains(e.input())).forEach(entries::add);
        }
        byte[] bytes = JSON.writeValueAsBytes(new Document(SCHEMA_VERSION, RepcheckVersion.build(), entries));
        AtomicFiles.write(outDir.resolve(FILE_NAME), bytes);
    }

    private String settings(Athlete athlete, Input input, Optional<LocalDate> date) {
        return RepcheckVersion.build() + "|" + units + "|" + athlete.name() + "|" + athlete.key() + "|"
                + input.export().map(ExportListing.Entry::name).orElse("") + "|"
                + input.export().map(ExportListing.Entry::type).orElse("") + "|"
                + athlete.pipeline().judgingKey(date);
    }

    /** Size and modification time of the file the input lives in (the zip for an entry), with the input's name. */
    private static Optional<String> stat(Input input) {
        if (input.origin().isEmpty()) {
            return Optional.empty();
        }
        try {
            BasicFileAttributes a = Files.readAttributes(input.origin().get(), BasicFileAttributes.class);
            return Optional.of(a.size() + ":" + a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
