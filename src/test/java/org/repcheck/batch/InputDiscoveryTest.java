package org.repcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputDiscoveryTest {
    @TempDir
    Path dir;

    @Test
    void foldersAreSearchedRecursivelyForActivityFilesInPathOrder() throws IOException {
        Files.createDirectories(dir.resolve("b/deeper"));
        Files.writeString(dir.resolve("b/deeper/z.gpx"), "x");
        Files.writeString(dir.resolve("a.FIT"), "x");
        Files.writeString(dir.resolve("b/run.tcx.gz"), "x");
        Files.writeString(dir.resolve("notes.txt"), "x");
        Files.writeString(dir.resolve("._a.fit"), "x");

        List<String> names = new InputDiscovery().discover(List.of(dir)).stream().map(Input::name).toList();

        assertThat(names).containsExactly(dir.resolve("a.FIT").toString(), dir.resolve("b/deeper/z.gpx").toString(),
                dir.resolve("b/run.tcx.gz").toString());
    }

    @Test
    void aFileGivenByNameIsTakenWhateverItsSuffix() throws IOException {
        Path odd = Files.writeString(dir.resolve("activity.bin"), "x");
        assertThat(new InputDiscovery().discover(List.of(odd))).hasSize(1);
    }

    @Test
    void exportZipEntriesBecomeInputsThatOpenTheirOwnBytes() throws IOException {
        Path zip = dir.resolve("export.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String n : List.of("activities/2.fit.gz", "activities/1.gpx", "README.txt", "__MACOSX/._1.gpx")) {
                z.putNextEntry(new ZipEntry(n));
                z.write(n.getBytes());
                z.closeEntry();
            }
        }
        List<Input> inputs = new InputDiscovery().discover(List.of(zip));

        assertThat(inputs).extracting(Input::name)
                .containsExactly("export.zip!activities/1.gpx", "export.zip!activities/2.fit.gz");
        try (InputStream in = inputs.get(1).open()) {
            assertThat(new String(in.readAllBytes())).isEqualTo("activities/2.fit.gz");
        }
    }

    @Test
    void zipsInsideAZipAreReadEntryByEntryInAnyOrderWithoutUnpacking() throws IOException {
        java.io.ByteArrayOutputStream inner = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(inner)) {
            for (int i = 0; i < 40; i++) {
                z.putNextEntry(new ZipEntry(String.format("u_%02d_ACTIVITY.fit", i)));
                z.write(("fit " + i).getBytes());
                z.closeEntry();
            }
        }
        Path zip = dir.resolve("garmin.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("DI_CONNECT/Uploaded/UploadedFiles_0-_Part1.zip"));
            z.write(inner.toByteArray());
            z.closeEntry();
        }
        List<Input> inputs = new InputDiscovery().discover(List.of(zip));
        assertThat(inputs).hasSize(40);
        assertThat(inputs.get(0).name()).isEqualTo("garmin.zip!DI_CONNECT/Uploaded/UploadedFiles_0-_Part1.zip!u_00_ACTIVITY.fit");
        // Workers ask out of order: backwards, then the rest; every entry still opens to its own bytes.
        for (int i : new int[] {39, 3, 2, 1, 0, 20, 4, 5, 38, 6}) {
            try (InputStream in = inputs.get(i).open()) {
                assertThat(new String(in.readAllBytes())).isEqualTo("fit " + i);
            }
        }
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("garmin.zip");
        }
    }

    @Test
    void stravasActivitiesCsvNamesAndTypesTheFilesItLists() throws IOException {
        Path export = Files.createDirectories(dir.resolve("strava/activities"));
        Files.writeString(dir.resolve("strava/activities.csv"), "Activity ID,Activity Date,Activity Name,"
                + "Activity Type,Activity Description,Filename\n"
                + "7,\"Mar 4, 2026, 7:00:00 AM\",\"Hills, \"\"steep\"\"\",Trail Run,\"two\nlines\",activities/7.gpx\n");
        Files.writeString(export.resolve("7.gpx"), "x");
        Files.writeString(export.resolve("8.gpx"), "x");
        List<Input> inputs = new InputDiscovery().discover(List.of(dir.resolve("strava")));
        assertThat(inputs).hasSize(2);
        ExportListing.Entry e = inputs.get(0).export().orElseThrow();
        assertThat(e.name()).isEqualTo("Hills, \"steep\"");
        assertThat(e.sport()).contains("running");
        assertThat(e.date()).contains(java.time.LocalDateTime.parse("2026-03-04T07:00:00"));
        assertThat(inputs.get(1).export()).isEmpty();
    }

    @Test
    void aMissingPathIsAProblemAndABrokenZipAnInputThatFailsWithItsReason() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.zip"), "not a zip");
        InputDiscovery d = new InputDiscovery();

        List<Input> found = d.discover(List.of(dir.resolve("nope.fit"), broken));

        assertThat(d.problems()).singleElement().asString().contains("nope.fit");
        // The broken zip keeps its place in the index: an input whose opening fails with the reason.
        assertThat(found).singleElement().extracting(Input::name).isEqualTo(broken.toString());
        assertThatThrownBy(() -> found.get(0).open()).isInstanceOf(Input.Refused.class)
                .hasMessageStartingWith("not a readable zip archive");
    }

    @Test
    void aFolderThatCannotBeListedCostsItselfNotTheFolderAroundIt() throws IOException {
        Files.createDirectories(dir.resolve("ok"));
        Files.writeString(dir.resolve("ok/a.fit"), "x");
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(locked.resolve("b.fit"), "x");
        locked.toFile().setReadable(false, false);
        locked.toFile().setExecutable(false, false);
        try {
            boolean listable;
            try (var s = Files.newDirectoryStream(locked)) {
                listable = true;
            } catch (IOException e) {
                listable = false;
            }
            // root reads every folder (CI runs as root): there the case cannot be made; as a user it is checked.
            org.junit.jupiter.api.Assumptions.assumeFalse(listable, "folder permissions do not bind this user");
            List<Input> found = new InputDiscovery().discover(List.of(dir));
            assertThat(found).extracting(Input::name).containsExactly(dir.resolve("locked").toString(),
                    dir.resolve("ok/a.fit").toString());
            assertThatThrownBy(() -> found.get(0).open()).hasMessage("cannot open folder: permission denied");
        } finally {
            locked.toFile().setReadable(true, false);
            locked.toFile().setExecutable(true, false);
        }
    }
}
