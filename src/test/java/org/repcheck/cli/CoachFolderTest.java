package org.repcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repcheck.synth.Spec.speedForPace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repcheck.io.fit.FitWriter;
import org.repcheck.model.Activity;
import org.repcheck.model.Format;
import org.repcheck.synth.GpxWriter;
import org.repcheck.synth.SessionGenerator;
import org.repcheck.synth.Spec;
import org.repcheck.synth.Spec.LapMode;
import org.repcheck.synth.Spec.RecoveryKind;

/**
 * A coach's weekly folder, built from generated sessions: two athletes with their own athlete.yaml, Alex's Garmin
 * account export (a zip of zips), Chris's Strava export with its activities.csv, and one of Alex's runs exported
 * both as FIT and as GPX. Both athletes ran 6 x 400 m at 3:35/km: too fast for Alex (5 km TT 20:00, band about
 * 3:48–3:52) and too slow for Chris (5 km TT 17:30, band about 3:18–3:22), so a run judged by the wrong
 * athlete's TT gets the opposite verdict.
 */
class CoachFolderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double REP_PACE = 215;

    @TempDir
    static Path tmp;

    private static Path out;
    private static Cli run;
    private static Map<String, JsonNode> rows;

    @BeforeAll
    static void analyseTheCoachFolder() throws IOException {
        Path coach = tmp.resolve("coach");
        Path alex = Files.createDirectories(coach.resolve("athletes/alex"));
        Path chris = Files.createDirectories(coach.resolve("athletes/chris"));
        Files.writeString(alex.resolve("athlete.yaml"), """
                name: Alex
                time_trials:
                  - { distance: 5k, time: "20:00", date: 2026-01-10 }
                """);
        Files.writeString(chris.resolve("athlete.yaml"), """
                name: Chris
                time_trials:
                  - { distance: 5k, time: "17:30", date: 2026-01-10 }
                """);

        // Alex: one run as FIT (from Garmin) and as GPX (from Strava) — the same activity twice.
        Activity tuesday = session(11, LapMode.WORKOUT, "running", "2026-03-03T17:30:00Z");
        Files.write(alex.resolve("tuesday.fit"), FitWriter.write(tuesday));
        Files.write(alex.resolve("tuesday.gpx"), GpxWriter.write(as(tuesday, Format.GPX)));
        // The coach copied Alex's file into Chris's folder too: Chris's profile must judge that copy.
        Files.write(chris.resolve("copied_from_alex.fit"), FitWriter.write(tuesday));
        // Alex: Garmin's account export keeps the FIT files in zips inside the zip.
        Map<String, byte[]> inner = new LinkedHashMap<>();
        inner.put("alex@example.com_1001_ACTIVITY.fit",
                FitWriter.write(session(12, LapMode.WORKOUT, "running", "2026-03-10T17:30:00Z")));
        inner.put("alex@example.com_1002_ACTIVITY.fit",
                FitWriter.write(session(13, LapMode.WORKOUT, "running", "2026-03-17T17:30:00Z")));
        Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("DI_CONNECT/DI-Connect-User/user_profile.json", "{}".getBytes(StandardCharsets.UTF_8));
        outer.put("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", zip(inner));
        Files.write(alex.resolve("garmin_export.zip"), zip(outer));

        // Chris: Strava's export; the GPX says no sport, activities.csv says it was a run and names it.
        Activity hills = session(21, LapMode.NONE, "unknown", "2026-03-04T07:00:00Z");
        Activity track = session(22, LapMode.WORKOUT, "running", "2026-03-11T07:00:00Z");
        Map<String, byte[]> strava = new LinkedHashMap<>();
        strava.put("activities.csv", ("Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,"
                + "Elapsed Time,Filename\r\n"
                + "2001,\"Mar 4, 2026, 7:00:00 AM\",Chris parkland 400s,Run,\"windy, cold\nlegs ok\",3600,"
                + "activities/2001.gpx.gz\r\n"
                + "2002,\"Mar 11, 2026, 7:00:00 AM\",\"Track, lane 1\",Run,,3600,activities/2002.fit.gz\r\n")
                .getBytes(StandardCharsets.UTF_8));
        strava.put("activities/2001.gpx.gz", gzip(GpxWriter.write(as(hills, Format.GPX))));
        strava.put("activities/2002.fit.gz", gzip(FitWriter.write(track)));
        Files.write(chris.resolve("export_chris.zip"), zip(strava));

        out = tmp.resolve("report");
        run = Cli.run("analyze", coach.toString(), "-o", out.toString(), "--no-progress");
        rows = new LinkedHashMap<>();
        for (JsonNode r : JSON.readTree(out.resolve("summary.json").toFile())) {
            String file = r.get("file").asText();
            rows.put(file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('!')) + 1), r);
        }
    }

    @Test
    void theBatchSucceedsWithOneRowPerDistinctRun() {
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(rows.keySet()).hasSize(6);
    }

    @Test
    void eachAthletesOwnTimeTrialJudgesTheirRuns() {
        for (JsonNode r : rows.values()) {
            String athlete = r.get("athlete").asText();
            assertThat(athlete).as(r.toString()).isIn("Alex", "Chris");
            assertThat(r.get("reps").asInt()).as(r.toString()).isPositive();
            if (athlete.equals("Alex")) {
                assertThat(r.get("overcooked").asInt()).as(r.toString()).isPositive();
                assertThat(r.get("slow").asInt()).as(r.toString()).isZero();
            } else {
                assertThat(r.get("slow").asInt()).as(r.toString()).isPositive();
                assertThat(r.get("overcooked").asInt()).as(r.toString()).isZero();
            }
        }
        assertThat(rows.values().stream().filter(r -> r.get("athlete").asText().equals("Chris"))).hasSize(3);
    }

    @Test
    void oneFileInTwoAthletesFoldersGetsAReportForEach() {
        JsonNode alexs = rows.get("tuesday.fit");
        JsonNode chriss = rows.get("copied_from_alex.fit");
        assertThat(chriss.get("activity_id").asText()).isNotEqualTo(alexs.get("activity_id").asText());
        assertThat(out.resolve(chriss.get("activity_id").asText()).resolve("report.html")).isRegularFile();
        assertThat(chriss.get("same_as")).isEmpty();
    }

    @Test
    void theZipOfZipsIsRead() {
        List<String> garmin = new ArrayList<>();
        rows.forEach((name, r) -> {
            if (r.get("file").asText().contains("UploadedFiles_0-_Part1.zip!")) {
                garmin.add(name);
            }
        });
        assertThat(garmin).containsExactlyInAnyOrder("alex@example.com_1001_ACTIVITY.fit",
                "alex@example.com_1002_ACTIVITY.fit");
        assertThat(tmp.resolve("coach/athletes/alex")).isDirectoryNotContaining("glob:**/*ACTIVITY.fit");
    }

    @Test
    void theRunExportedTwiceCountsOnceAsItsFitWithTheGpxBesideIt() throws IOException {
        assertThat(rows).containsKey("tuesday.fit").doesNotContainKey("tuesday.gpx");
        JsonNode kept = rows.get("tuesday.fit");
        assertThat(kept.get("same_as")).hasSize(1);
        assertThat(kept.get("same_as").get(0).asText()).endsWith("tuesday.gpx");
        assertThat(kept.get("reps").asInt()).isEqualTo(6);
        String index = Files.readString(out.resolve("index.html"));
        assertThat(index).contains("tuesday.gpx");
        long repRows = Files.readAllLines(out.resolve("reps.csv")).stream().filter(l -> l.contains("tuesday.")).count();
        assertThat(repRows).isEqualTo(6);
    }

    @Test
    void namesAndTheMissingSportComeFromActivitiesCsv() throws IOException {
        JsonNode hills = rows.get("2001.gpx.gz");
        assertThat(hills.get("name").asText()).isEqualTo("Chris parkland 400s");
        assertThat(hills.get("sport").asText()).isEqualTo("running");
        assertThat(rows.get("2002.fit.gz").get("name").asText()).isEqualTo("Track, lane 1");
        String report = Files.readString(out.resolve(hills.get("activity_id").asText()).resolve("report.html"));
        assertThat(report).contains("<title>Chris parkland 400s");
    }

    @Test
    void theIndexGroupsByAthleteWithAPageEachAndEveryReportNamesItsAthlete() throws IOException {
        String index = Files.readString(out.resolve("index.html"));
        assertThat(index).contains("href=\"athlete-alex.html\"", "href=\"athlete-chris.html\"");
        String alexPage = Files.readString(out.resolve("athlete-alex.html"));
        assertThat(alexPage).contains("tuesday.fit").doesNotContain("2001.gpx.gz");
        assertThat(Files.readString(out.resolve("athlete-chris.html"))).contains("2001.gpx.gz")
                .doesNotContain("tuesday.fit");
        for (JsonNode r : rows.values()) {
            String report = Files.readString(out.resolve(r.get("activity_id").asText()).resolve("report.html"));
            assertThat(report).contains("<dt>Athlete</dt><dd>" + r.get("athlete").asText() + "</dd>");
        }
    }

    /** 6 x 400 m at 3:35/km with jog recoveries, as a device would record it on the given date. */
    private static Activity session(long seed, LapMode laps, String sport, String start) {
        Spec spec = Spec.distanceReps(6, 400, speedForPace(REP_PACE)).toBuilder()
                .recovery(RecoveryKind.JOG, 90).jogSpeed(speedForPace(420)).easySpeed(speedForPace(320))
                .warmup(900).cooldown(600).laps(laps).gpsNoise(0.6).build();
        Activity a = SessionGenerator.intervals(seed, spec).activity();
        return new Activity(a.source(), Format.FIT, sport, a.subSport(), Optional.of(Instant.parse(start)),
                a.elapsedS(), a.timerS(), a.distanceM(), a.samples(), a.laps(), a.workoutSteps(), a.pauses(),
                a.segments(), Optional.of("garmin forerunner745"), a.warnings());
    }

    private static Activity as(Activity a, Format f) {
        return new Activity(a.source(), f, a.sport(), a.subSport(), a.start(), a.elapsedS(), a.timerS(),
                a.distanceM(), a.samples(), a.laps(), a.workoutSteps(), a.pauses(), a.segments(), a.device(),
                a.warnings());
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(bytes)) {
            z.write(data);
        }
        return bytes.toByteArray();
    }
}
