package org.repcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.repcheck.io.fit.FitWriter;
import org.repcheck.model.Activity;
import org.repcheck.synth.GeneratedSession;
import org.repcheck.synth.GpxWriter;
import org.repcheck.synth.SessionGenerator;
import org.repcheck.synth.Spec;

/**
 * Issue 9, acceptance 1: inputs an unlucky user (or a hostile one) gives {@code analyze}, each beside a good file.
 * Everything is generated here, the big cases as sparse files or highly compressible streams, so nothing large is
 * committed and the suite stays fast. For every case: the documented exit code, in bounded time, every input in
 * the index, the good inputs analysed, one line per problem naming the file, and no stack trace or Java class name
 * on stderr.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static byte[] goodFit;
    private static String goodGpx;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() {
        GeneratedSession g = SessionGenerator.intervals(9, Spec.distanceReps(6, 400, Spec.speedForPace(230)));
        Activity a = g.activity();
        goodFit = FitWriter.write(a);
        goodGpx = new String(GpxWriter.write(a), StandardCharsets.UTF_8);
    }

    /** The outcome of one analyze run over a folder: exit, stderr, and summary.json's rows by file. */
    private record Run(Cli cli, List<JsonNode> rows) {
        /**
         * The file's own row, or — when it holds the same run as another file (issue 11's duplicates) — the row
         * kept for that run, which lists it in {@code same_as}: either way the file was read and reported.
         */
        JsonNode row(String fileEnd) {
            return rows.stream().filter(r -> r.path("file").asText().endsWith(fileEnd)).findFirst()
                    .or(() -> rows.stream().filter(r -> sameAs(r).anyMatch(f -> f.endsWith(fileEnd))).findFirst())
                    .orElseThrow(() -> new AssertionError("no index row for " + fileEnd + " in " + rows));
        }

        /** Files accounted for: each row, and each file folded into a row as the same run. */
        int files() {
            return rows.stream().mapToInt(r -> 1 + (int) sameAs(r).count()).sum();
        }

        private static java.util.stream.Stream<String> sameAs(JsonNode row) {
            return java.util.stream.StreamSupport.stream(row.path("same_as").spliterator(), false)
                    .map(JsonNode::asText);
        }

        String error(String fileEnd) {
            return row(fileEnd).path("error").asText("");
        }
    }

    private Run analyze(Path in, String... more) throws IOException {
        Path out = dir.resolve("report");
        List<String> args = new ArrayList<>(List.of("analyze", in.toString(), "-o", out.toString(), "--no-progress"));
        args.addAll(Arrays.asList(more));
        // The JDK's XML parser prints "[Fatal Error]" lines to System.err itself: watch that stream too.
        java.io.PrintStream realErr = System.err;
        java.io.ByteArrayOutputStream stray = new java.io.ByteArrayOutputStream();
        Cli cli;
        System.setErr(new java.io.PrintStream(stray, true, StandardCharsets.UTF_8));
        try {
            cli = Cli.run(args.toArray(String[]::new));
        } finally {
            System.setErr(realErr);
        }
        assertThat(stray.toString(StandardCharsets.UTF_8)).as("printed past the command's stderr").isEmpty();
        assertThat(cli.noStackTrace()).as(cli.err()).isTrue();
        assertThat(cli.err()).doesNotContain("[Fatal Error]", "Exception", "java.", "Error:");
        // One line per problem, each naming what it is about.
        cli.err().lines().forEach(l -> assertThat(l).startsWith("repcheck: "));
        List<JsonNode> rows = new ArrayList<>();
        Path summary = out.resolve("summary.json");
        if (Files.exists(summary)) {
            JsonNode root = JSON.readTree(summary.toFile());
            (root.isArray() ? root : root.path("rows")).forEach(rows::add);
        }
        return new Run(cli, rows);
    }

    /**
     * Good's GPX recorded on another day of May 2026: a run of its own, not the same run as good (which issue 11
     * would fold into good's row as {@code same_as}), so its own row shows what reading it kept.
     */
    private String onDay(int day) {
        return goodGpx.replace("2026-05-11T", "2026-05-" + day + "T");
    }

    private Path folderWithGood() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("good.fit"), goodFit);
        Files.writeString(in.resolve("good.gpx"), goodGpx);
        return in;
    }

    private static void assertGoodAnalysed(Run r) {
        assertThat(r.error("good.fit")).isEmpty();
        assertThat(r.error("good.gpx")).isEmpty();
        assertThat(r.row("good.fit").path("reps").asInt()).isEqualTo(6);
    }

    @Test
    void badValuesInsideFilesCostThatPointNotTheRestOfTheFile() throws IOException {
        Path in = folderWithGood();
        String[] parts = goodGpx.split("(?=<trkpt )");
        int points = parts.length - 1;
        String nanLat = onDay(12).replaceFirst("(?s)(((?:.*?<trkpt ){100}))lat=\"[^\"]*\"", "$1lat=\"NaN\"");
        Files.writeString(in.resolve("nan_lat.gpx"), nanLat);
        String future = onDay(13).replaceFirst("(?s)(((?:.*?<time>){300}))[^<]*", "$12099-01-01T00:00:00Z");
        Files.writeString(in.resolve("far_future.gpx"), future);
        Files.writeString(in.resolve("year_zero.gpx"), goodGpx.replaceAll("<time>\\d{4}", "<time>0000"));
        // A byte that is not UTF-8 inside a name: that character is lost, not the file (nor a "[Fatal Error]").
        byte[] badByte = onDay(14).replaceFirst("<trk>", "<trk><name>Bad \u0001 byte</name>").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < badByte.length; i++) {
            if (badByte[i] == 1) {
                badByte[i] = (byte) 0xFF;
            }
        }
        Files.write(in.resolve("bad_utf8.gpx"), badByte);

        Run r = analyze(in);

        assertThat(r.cli().exit()).isEqualTo(ExitCode.OK);
        assertThat(r.files()).isEqualTo(6);
        assertThat(r.rows()).as("good.gpx is good.fit's run: one row, same_as").hasSize(5);
        assertThat(r.row("bad_utf8.gpx").path("reps").asInt()).isEqualTo(6);
        assertGoodAnalysed(r);
        assertThat(r.error("nan_lat.gpx")).isEmpty();
        assertThat(r.cli().err()).contains("nan_lat.gpx: 1 of " + points + " points have no valid position");
        assertThat(r.row("far_future.gpx").path("reps").asInt()).isEqualTo(6);
        assertThat(r.cli().err()).contains("far_future.gpx: 1 point has an implausible time (2099-01-01");
        // A clock that says year 0 throughout is odd but consistent: read, reported, and the index still written.
        assertThat(r.error("year_zero.gpx")).isEmpty();
        assertThat(r.row("year_zero.gpx").path("start").asText()).startsWith("0000-");
        assertThat(dir.resolve("report/index.html")).exists();
    }

    @Test
    void truncatedGzipKeepsWhatDecompressedLikeTheTruncatedFileItself() throws IOException {
        Path in = folderWithGood();
        byte[] gz = gzip(goodFit);
        Files.write(in.resolve("cut.fit.gz"), Arrays.copyOf(gz, gz.length * 2 / 3));
        Files.write(in.resolve("cut.fit"), Arrays.copyOf(goodFit, goodFit.length * 2 / 3));

        Run r = analyze(in);

        assertThat(r.error("cut.fit.gz")).isEmpty();
        assertThat(r.cli().err()).contains("cut.fit.gz: gzip data cut short after");
        assertThat(r.cli().err()).containsPattern("cut\\.fit\\.gz: truncated FIT file .*; \\d+ samples kept");
        assertGoodAnalysed(r);
    }

    @Test
    void validFilesInOtherEncodingsAndWithLongProloguesAreRead() throws IOException {
        Path in = folderWithGood();
        String declared16 = onDay(12).replaceFirst("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        Files.write(in.resolve("utf16.gpx"), declared16.getBytes(StandardCharsets.UTF_16));
        Files.write(in.resolve("utf16le_nobom.gpx"), declared16.replace("2026-05-12T", "2026-05-13T")
                .getBytes(StandardCharsets.UTF_16LE));
        Files.write(in.resolve("utf32.gpx"), onDay(14).replaceFirst("encoding=\"UTF-8\"", "encoding=\"UTF-32\"")
                .getBytes(java.nio.charset.Charset.forName("UTF-32")));
        Files.writeString(in.resolve("long_prologue.gpx"),
                onDay(15).replaceFirst("<gpx", "<!-- " + "x".repeat(9000) + " -->\n<gpx"));

        Run r = analyze(in);

        assertThat(r.cli().exit()).as(r.cli().err()).isEqualTo(ExitCode.OK);
        for (String f : List.of("utf16.gpx", "utf16le_nobom.gpx", "utf32.gpx", "long_prologue.gpx")) {
            assertThat(r.rows()).as("its own row").anyMatch(row -> row.path("file").asText().endsWith(f));
            assertThat(r.error(f)).as(f).isEmpty();
            assertThat(r.row(f).path("reps").asInt()).as(f).isEqualTo(6);
        }
    }

    @Test
    void bombsAndHugeFilesGetOneLineEachAndTheBatchGoesOn() throws IOException {
        Path in = folderWithGood();
        // A 200 MB FIT: a real header, then a sparse hole, so the test writes 14 bytes, not 200 MB.
        try (RandomAccessFile f = new RandomAccessFile(in.resolve("huge.fit").toFile(), "rw")) {
            f.write(Arrays.copyOf(goodFit, 14));
            f.setLength(200L << 20);
        }
        // A gzip bomb: 64 MB of spaces inside a GPX compress to ~64 KB.
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(in.resolve("bomb.gpx.gz")))) {
            o.write(goodGpx.substring(0, goodGpx.indexOf("<trkseg>") + 8).getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                o.write(spaces);
            }
        }
        // A zip bomb: one entry of 40 MB of zeros behind a FIT header, beside a good entry.
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(in.resolve("export.zip")))) {
            z.putNextEntry(new ZipEntry("activities/bomb.fit"));
            z.write(Arrays.copyOf(goodFit, 14));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                z.write(zeros);
            }
            z.putNextEntry(new ZipEntry("activities/good.fit"));
            z.write(goodFit);
        }

        Run r = analyze(in, "--jobs", "10000");

        assertThat(r.cli().exit()).isEqualTo(ExitCode.SOME_UNREADABLE);
        assertThat(r.files()).isEqualTo(6);
        assertThat(r.rows()).as("good.fit, good.gpx and the zip's good.fit are one run").hasSize(4);
        assertGoodAnalysed(r);
        assertThat(r.error("export.zip!activities/good.fit")).isEmpty();
        assertThat(r.error("huge.fit")).isEqualTo("FIT data larger than 32 MB; not read");
        assertThat(r.error("bomb.gpx.gz")).contains("expands more than 200-fold").endsWith("; not read");
        assertThat(r.error("export.zip!activities/bomb.fit")).endsWith("larger than 32 MB; not read");
        assertThat(r.cli().err().lines().filter(l -> l.contains("not read"))).hasSize(3);
    }

    @Test
    void onlyRegularFilesAreReadSoPipesAndDevicesNeverHang() throws Exception {
        Path in = folderWithGood();
        Path zero = Paths.get("/dev/zero");
        assumeTrue(Files.exists(zero), "needs /dev/zero and mkfifo (Linux)");
        Files.createSymbolicLink(in.resolve("zero.fit"), zero);
        Path fifo = in.resolve("pipe.gpx");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");

        Run r = analyze(in);

        assertThat(r.cli().exit()).isEqualTo(ExitCode.SOME_UNREADABLE);
        assertThat(r.files()).isEqualTo(4);
        assertThat(r.rows()).as("good.gpx is good.fit's run").hasSize(3);
        assertGoodAnalysed(r);
        assertThat(r.error("zero.fit")).isEqualTo("not a regular file (a device, pipe or socket); not read");
        assertThat(r.error("pipe.gpx")).isEqualTo("not a regular file (a device, pipe or socket); not read");

        Cli tt = Cli.run("judge", in.resolve("good.fit").toString(), "--tt-file", fifo.toString());
        assertThat(tt.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(tt.err()).contains("pipe.gpx: not a regular file");
    }

    @Test
    void theSameActivityTwentyTimesIsWrittenOnceWithoutErrorsOrLeftovers() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 20; i++) {
            Files.write(in.resolve("copy" + i + ".fit"), goodFit);
        }

        Run r = analyze(in, "--jobs", "8");

        assertThat(r.cli().exit()).as(r.cli().err()).isEqualTo(ExitCode.OK);
        assertThat(r.cli().err()).isEmpty();
        // Every copy read; issue 11 reports them as one run whose row lists the other 19 as same_as.
        assertThat(r.files()).isEqualTo(20);
        assertThat(r.rows()).singleElement().satisfies(row -> assertThat(row.path("error").asText("")).isEmpty());
        try (Stream<Path> s = Files.list(dir.resolve("report"))) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            // The rerun cache (issue 11) is the one dot-file a run leaves on purpose.
            assertThat(names.stream().filter(n -> n.startsWith(".") && !n.equals(".repcheck-cache.json")))
                    .as("temp folders left").isEmpty();
            assertThat(names.stream().filter(n -> !n.contains("."))).as("report folders").hasSize(1);
        }
    }

    @Test
    void zipsKeepDuplicateEntriesAndABrokenZipHasItsRow() throws IOException {
        Path in = folderWithGood();
        // Another run, the next day (the same start and distance would be issue 11's same run as good).
        var o = SessionGenerator.intervals(10, Spec.distanceReps(4, 800, Spec.speedForPace(240))).activity();
        byte[] other = FitWriter.write(new org.repcheck.model.Activity(o.source(), o.format(), o.sport(), o.subSport(),
                o.start().map(t -> t.plus(java.time.Duration.ofDays(1))), o.elapsedS(), o.timerS(), o.distanceM(),
                o.samples(), o.laps(), o.workoutSteps(), o.pauses(), o.segments(), o.device(), o.warnings(),
                o.utcOffset()));
        // ZipOutputStream refuses a second entry of the same name (an export appended to has them): by hand.
        Files.write(in.resolve("export.zip"), ZipWithDuplicates.of("a.fit", goodFit, other));
        byte[][] many = new byte[500][];
        Arrays.fill(many, other);
        Files.write(in.resolve("many.zip"), ZipWithDuplicates.of("same.fit", many));
        Files.writeString(in.resolve("broken.zip"), "PK not really");

        Run r = analyze(in);

        assertThat(r.cli().exit()).isEqualTo(ExitCode.SOME_UNREADABLE);
        assertThat(r.row("export.zip!a.fit (copy 1)").path("reps").asInt()).isEqualTo(6);
        assertThat(r.row("export.zip!a.fit (copy 2)").path("reps").asInt()).isEqualTo(4);
        assertThat(r.error("broken.zip")).startsWith("not a readable zip archive");
        // 500 entries of one name: ten read, one row for the rest, in bounded time.
        assertThat(r.row("many.zip!same.fit (copy 10)").path("reps").asInt()).isEqualTo(4);
        assertThat(r.error("many.zip!same.fit (copies 11–500)")).isEqualTo("490 more entries of this name; not read");
        assertGoodAnalysed(r);
    }

    @Test
    void outputProblemsAreFoundBeforeAnyAnalysisWithExit2() throws IOException {
        Path in = folderWithGood();
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        for (String o : List.of(file.toString(), "/dev/null", "/proc/repcheck-cannot-write-here")) {
            Cli c = Cli.run("analyze", in.toString(), "-o", o);
            assertThat(c.exit()).as(o).isEqualTo(ExitCode.USAGE);
            assertThat(c.err().lines()).as(o).singleElement().asString().startsWith("repcheck: ").contains(o);
            assertThat(c.out()).as("nothing analysed").doesNotContain("Analysed");
        }
    }

    @Test
    void aNewlineInAFileNameDoesNotSplitItsErrorLine() throws IOException {
        Path in = folderWithGood();
        Files.writeString(in.resolve("two\nlines.gpx"), "<gpx><trk><trkseg><trkpt lat=");

        Run r = analyze(in);

        assertThat(r.cli().exit()).isEqualTo(ExitCode.SOME_UNREADABLE);
        assertThat(r.cli().err()).contains("two?lines.gpx: ");
        assertGoodAnalysed(r);
    }

    @Test
    void aHugeProfileIsAUsageErrorNotAHang() throws IOException {
        Path in = folderWithGood();
        Path profile = dir.resolve("athlete.yaml");
        Files.writeString(profile, "name: \"" + "x".repeat(2 << 20) + "\"\n");
        Cli c = Cli.run("analyze", in.toString(), "-o", dir.resolve("r").toString(), "--profile", profile.toString());
        assertThat(c.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(c.err()).contains("larger than 1 MB");
    }

    @Test
    void inspectOfOneBadFileIsOneLineNotAStackTrace() throws IOException {
        Path gz = dir.resolve("bomb.fit.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(Arrays.copyOf(goodFit, 14));
            o.write(new byte[40 << 20]);
        }
        Cli c = Cli.run("inspect", gz.toString());
        assertThat(c.exit()).isEqualTo(ExitCode.SOME_UNREADABLE);
        assertThat(c.noStackTrace()).isTrue();
        assertThat(c.err().lines()).singleElement().asString().contains("bomb.fit.gz").endsWith("not read");
    }

    private static byte[] gzip(byte[] b) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(out)) {
            o.write(b);
        }
        return out.toByteArray();
    }

    @Test
    void clocksThatGoBackwardsStillGetTheirReport() throws IOException {
        Path in = folderWithGood();
        byte[] chainedToItself = Arrays.copyOf(goodFit, goodFit.length * 2);
        System.arraycopy(goodFit, 0, chainedToItself, goodFit.length, goodFit.length);
        Files.write(in.resolve("chained_to_itself.fit"), chainedToItself);
        // Every 50th point's time moved ten minutes back: the chart's x runs back over columns already drawn.
        StringBuilder b = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<time>([^<]+)</time>").matcher(goodGpx);
        int k = 0;
        while (m.find()) {
            String t = k++ % 50 == 49 ? java.time.Instant.parse(m.group(1)).minusSeconds(600).toString() : m.group(1);
            m.appendReplacement(b, "<time>" + t + "</time>");
        }
        m.appendTail(b);
        Files.writeString(in.resolve("backwards.gpx"), b.toString());

        Run r = analyze(in);

        assertThat(r.cli().exit()).as(r.cli().err()).isEqualTo(ExitCode.OK);
        for (String f : List.of("chained_to_itself.fit", "backwards.gpx")) {
            assertThat(r.error(f)).as(f).isEmpty();
            assertThat(dir.resolve("report").resolve(r.row(f).path("activity_id").asText()).resolve("report.html"))
                    .as(f).exists();
        }
    }

    @Test
    void anIndexThatCannotBeWrittenIsReportedWithItsPathAfterTheFilesLines() throws IOException {
        Path in = folderWithGood();
        Files.writeString(in.resolve("broken.gpx"), "<gpx>");
        Path out = dir.resolve("report");
        // A folder with content where index.html should go: the swap into place fails after the analysis.
        Files.createDirectories(out.resolve("index.html/occupied"));

        Run r = analyze(in);

        assertThat(r.cli().exit()).isEqualTo(ExitCode.SOME_UNREADABLE);
        assertThat(r.cli().err()).contains("broken.gpx: ").contains("cannot write " + out.resolve("index.html"));
        assertThat(out.resolve("summary.csv")).exists();
        assertThat(r.files()).isEqualTo(3);
        assertThat(r.rows()).as("good.gpx is good.fit's run").hasSize(2);
    }

    @Test
    void aCompressedGpxOfMorePointsThanAnActivityHoldsIsRefusedByTheSampleBudget() throws IOException {
        Path in = folderWithGood();
        // 520,000 real-looking points: compresses like a real file (no ratio alarm), expands to ~60 MB.
        try (OutputStream o = new java.io.BufferedOutputStream(new GZIPOutputStream(
                Files.newOutputStream(in.resolve("endless.gpx.gz"))) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED); // the test's time goes to reading, not writing
            }
        }, 1 << 16)) {
            o.write(("<?xml version=\"1.0\"?><gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
                    + "<trk><trkseg>\n").getBytes(StandardCharsets.UTF_8));
            java.time.Instant t = java.time.Instant.parse("2026-05-11T07:30:00Z");
            for (int i = 0; i < 520_000; i++) {
                o.write(("<trkpt lat=\"45." + (100000 + i % 90000) + "\" lon=\"9.1\"><time>" + t.plusSeconds(i)
                        + "</time></trkpt>\n").getBytes(StandardCharsets.UTF_8));
            }
            o.write("</trkseg></trk></gpx>".getBytes(StandardCharsets.UTF_8));
        }

        Run r = analyze(in);

        assertThat(r.cli().exit()).isEqualTo(ExitCode.SOME_UNREADABLE);
        assertThat(r.error("endless.gpx.gz")).isEqualTo("more than 500,000 samples in one activity; not read");
        assertGoodAnalysed(r);
    }

    @Test
    void runningOutOfHeapOnOneFileCostsThatFileInASmallHeapProcess() throws Exception {
        Path in = folderWithGood();
        // 30 MB of FIT is within the read limits but not within a 32 MB heap: a real OutOfMemoryError, at once.
        try (RandomAccessFile f = new RandomAccessFile(in.resolve("big.fit").toFile(), "rw")) {
            f.write(Arrays.copyOf(goodFit, 14));
            f.setLength(30L << 20);
        }
        Path out = dir.resolve("report");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "org.repcheck.cli.Main", "analyze", in.toString(), "-o", out.toString(), "--jobs", "1")
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        assertThat(p.waitFor(50, TimeUnit.SECONDS)).as("finished").isTrue();
        String err = Files.readString(dir.resolve("stderr.txt"));

        assertThat(p.exitValue()).as(err).isEqualTo(ExitCode.SOME_UNREADABLE);
        assertThat(err).doesNotContain("\tat ", "Exception", "OutOfMemoryError");
        assertThat(err.lines()).singleElement().asString()
                .endsWith("big.fit: too large to read in the memory this run has; not read");
        JsonNode rows = JSON.readTree(out.resolve("summary.json").toFile());
        List<JsonNode> list = new ArrayList<>();
        (rows.isArray() ? rows : rows.path("rows")).forEach(list::add);
        assertThat(new Run(null, list).files()).isEqualTo(3);
        assertThat(list).as("good.gpx is good.fit's run").hasSize(2);
        assertThat(out.resolve("index.html")).exists();
    }
}
