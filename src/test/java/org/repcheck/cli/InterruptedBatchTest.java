package org.repcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repcheck.synth.MakeBenchData;

/**
 * Ctrl-C in the middle of a 200-file batch, as a user does it: a real process, a real SIGINT (and SIGTERM, which
 * a scheduler sends). The process must exit 130, leave an index listing exactly the files finished, each with its
 * report, and no temporary file behind.
 */
class InterruptedBatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static Path batch;

    @BeforeAll
    static void twoHundredFiles() throws Exception {
        MakeBenchData.main(new String[] {tmp.resolve("data").toString(), "--files", "200", "--threads", "2"});
        batch = tmp.resolve("data/batch");
    }

    @Test
    void sigintWritesTheIndexOfTheFinishedFilesRemovesTempFilesAndExits130() throws Exception {
        interruptAndCheck("INT");
    }

    @Test
    void sigtermDoesTheSame() throws Exception {
        interruptAndCheck("TERM");
    }

    private void interruptAndCheck(String signal) throws Exception {
        assumeTrue(new File("/bin/kill").canExecute() || new File("/usr/bin/kill").canExecute(), "no kill command");
        Path out = tmp.resolve("out-" + signal);
        Path err = tmp.resolve("err-" + signal + ".txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "analyze", batch.toString(), "-o", out.toString(), "--tt", "5k=20:00", "--no-progress", "--jobs", "2")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        try {
            awaitReports(out, 10, Duration.ofSeconds(90), p);
            new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start().waitFor();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("process ended after SIG" + signal).isTrue();
        } finally {
            p.destroyForcibly();
        }
        String stderr = Files.readString(err);
        assertThat(p.exitValue()).as(stderr).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(stderr).contains("interrupted");

        JsonNode rows = JSON.readTree(out.resolve("summary.json").toFile());
        Set<String> listed = new HashSet<>();
        for (JsonNode r : rows) {
            listed.add(r.get("activity_id").asText());
            assertThat(out.resolve(r.get("activity_id").asText()).resolve("report.html")).isRegularFile();
        }
        assertThat(rows.size()).as("files finished before the signal").isBetween(10, 199);
        assertThat(reportFolders(out)).as("report folders = rows of the index").isEqualTo(listed);
        String index = Files.readString(out.resolve("index.html"));
        assertThat(index).contains(rows.size() + " of " + rows.size() + " files analysed").endsWith("</html>\n");
        try (Stream<Path> all = Files.walk(out)) {
            List<Path> leftovers = all.filter(f -> f.getFileName().toString().endsWith(".tmp")
                    || f.getFileName().toString().endsWith(".old")).toList();
            assertThat(leftovers).as("temporary files left behind").isEmpty();
        }
    }

    private static void awaitReports(Path out, int n, Duration timeout, Process p) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!p.isAlive()) {
                throw new AssertionError("analyze ended before it could be interrupted: exit " + p.exitValue());
            }
            if (Files.isDirectory(out) && reportFolders(out).size() >= n) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("fewer than " + n + " reports after " + timeout);
    }

    private static Set<String> reportFolders(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            Set<String> ids = new HashSet<>();
            s.filter(d -> Files.isRegularFile(d.resolve("report.html")))
                    .forEach(d -> ids.add(d.getFileName().toString()));
            return ids;
        }
    }
}
