package org.repcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void inspectOverTheWholeCorpusGivesOneObjectPerFileExitsOneAndNoStackTrace() throws IOException {
        Path files = CorpusPaths.requireFiles();
        List<String> args;
        try (Stream<Path> s = Files.list(files)) {
            args = s.map(Path::toString).sorted().toList();
        }
        String[] argv = Stream.concat(Stream.of("inspect"), Stream.concat(args.stream(), Stream.of("--json")))
                .toArray(String[]::new);

        Cli r = Cli.run(argv);

        assertThat(r.exit()).isEqualTo(ExitCode.SOME_UNREADABLE);
        assertThat(r.noStackTrace()).as(r.err()).isTrue();
        JsonNode arr = JSON.readTree(r.out());
        assertThat(arr.size()).isEqualTo(args.size());
        for (int i = 0; i < args.size(); i++) {
            assertThat(arr.get(i).get("file").asText()).isEqualTo(args.get(i));
        }
        // Every unreadable file has its one line on stderr, naming it.
        for (JsonNode o : arr) {
            if (!o.get("error").isNull()) {
                String name = o.get("file").asText();
                assertThat(r.err().lines().filter(l -> l.startsWith("repcheck: " + name + ": "))).isNotEmpty();
            }
        }
    }

    @Test
    void aGzippedFileReadsTheSameAsThePlainOne() throws IOException {
        Path plain = CorpusPaths.requireFiles().resolve("run_fenix5_tiny.fit");
        Path gz = tmp.resolve("run_fenix5_tiny.fit.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(plain, out);
        }
        JsonNode a = JSON.readTree(Cli.run("inspect", plain.toString(), "--json").out()).get(0);
        JsonNode b = JSON.readTree(Cli.run("inspect", gz.toString(), "--json").out()).get(0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove("file");
        ((com.fasterxml.jackson.databind.node.ObjectNode) b).remove("file");
        assertThat(b).isEqualTo(a);
    }

    @Test
    void targetsForA20MinuteFiveKGiveTheCoachBands() throws IOException {
        Cli r = Cli.run("targets", "--tt", "5k=20:00", "--json");
        assertThat(r.exit()).isZero();
        JsonNode t = JSON.readTree(r.out());
        assertThat(t.get("model").asText()).isEqualTo("coach");
        JsonNode b400 = band(t, 400);
        JsonNode b1000 = band(t, 1000);
        assertThat(b400.get("fast_s_per_km").asDouble()).isCloseTo(228.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(b400.get("slow_s_per_km").asDouble()).isCloseTo(232.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(b1000.get("fast_s_per_km").asDouble()).isCloseTo(236.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(b1000.get("slow_s_per_km").asDouble()).isCloseTo(237.0, org.assertj.core.data.Offset.offset(0.1));
    }

    private static JsonNode band(JsonNode targets, int metres) {
        for (JsonNode b : targets.get("targets")) {
            if (b.get("distance_m").asInt() == metres) {
                return b;
            }
        }
        throw new AssertionError("no band for " + metres + " m in " + targets);
    }

    @Test
    void nonsenseTimeTrialsAreUsageErrorsOfOneLine() {
        for (String bad : List.of("5k=2000", "0=20:00", "5k=-1", "5k=20:00@2026-13-45", "banana")) {
            Cli r = Cli.run("targets", "--tt", bad);
            assertThat(r.exit()).as(bad).isEqualTo(ExitCode.USAGE);
            assertThat(r.err().strip().lines()).as(bad).hasSize(1);
            assertThat(r.noStackTrace()).isTrue();
        }
    }

    @Test
    void noInputFilesExitsThree() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThat(Cli.run("analyze", empty.toString(), "-o", tmp.resolve("out").toString()).exit())
                .isEqualTo(ExitCode.NO_INPUT);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Cli r = Cli.run("reps", "--frobnicate", "x.fit");
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--frobnicate");
    }

    @Test
    void analyzeOverTheCorpusListsEveryFileWritesEveryReadableReportAndExitsOne() throws IOException {
        Path files = CorpusPaths.requireFiles();
        Path out = tmp.resolve("corpus-report");
        long inputs;
        try (Stream<Path> s = Files.list(files)) {
            inputs = s.count();
        }

        Cli r = Cli.run("analyze", files.toString(), "-o", out.toString(), "--no-progress");
        String index = Files.readString(out.resolve("index.html"));

        assertThat(r.exit()).isEqualTo(ExitCode.SOME_UNREADABLE);
        assertThat(r.noStackTrace()).as(r.err()).isTrue();
        assertThat(r.err()).doesNotContain("could not write", "internal error");
        JsonNode rows = JSON.readTree(out.resolve("summary.json").toFile());
        // The corpus holds damaged copies of one SDK file: the same run, listed once with its copies beside it.
        int copies = 0;
        for (JsonNode row : rows) {
            copies += row.get("same_as").size();
            for (JsonNode other : row.get("same_as")) {
                assertThat(index).contains(Path.of(other.asText()).getFileName().toString());
            }
        }
        assertThat(rows.size() + copies).isEqualTo(inputs);
        for (JsonNode row : rows) {
            String file = row.get("file").asText();
            assertThat(index).contains(Path.of(file).getFileName().toString());
            if (row.hasNonNull("activity_id")) {
                Path dir = out.resolve(row.get("activity_id").asText());
                assertThat(dir.resolve("report.html")).as(file).isRegularFile();
                assertThat(dir.resolve("analysis.json")).as(file).isRegularFile();
            }
        }
    }
}
