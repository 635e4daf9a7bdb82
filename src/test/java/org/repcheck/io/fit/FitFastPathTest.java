package org.repcheck.io.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.repcheck.io.ReadException;
import org.repcheck.model.Activity;
import org.repcheck.model.Channel;

/**
 * The fast FIT path (one walk over each record's fields, components expanded only where repcheck reads an expanded
 * value, the messages repcheck never reads not handed to the SDK) must read every real file exactly as the SDK
 * does when it is given every byte and expands every component: the same samples bit for bit,
 * the same laps, steps, sessions, pauses and warnings, and the same refusals. Over every FIT file in ../shared
 * (the device corpus, the real rep sessions and a season's history); skips with a message where it is absent.
 */
class FitFastPathTest {
    private static final Path SHARED = Path.of("../shared");

    @Test
    void everyRealFitFileReadsTheSameAsWhenTheSdkGetsEveryByteAndExpandsEverything() throws IOException {
        List<Path> files = realFitFiles();
        Assumptions.assumeTrue(!files.isEmpty(), "../shared not found: no real FIT files to compare");
        FitReader fast = new FitReader();
        FitReader full = FitReader.plainSdk();
        int activities = 0;
        for (Path p : files) {
            byte[] bytes = Files.readAllBytes(p);
            String name = p.getFileName().toString();
            Object a = readOrRefusal(fast, name, bytes);
            Object b = readOrRefusal(full, name, bytes);
            if (a instanceof Activity fa && b instanceof Activity fb) {
                assertSame(name, fa, fb);
                activities++;
            } else {
                assertThat(a).as(name).isEqualTo(b);
            }
        }
        assertThat(activities).as("activities compared").isGreaterThan(files.size() / 2);
    }

    @Test
    void theMessageWalkVouchesForNearlyEveryRealFileAndLeavesOutMessagesNobodyReads() throws IOException {
        List<Path> files = realFitFiles();
        Assumptions.assumeTrue(!files.isEmpty(), "../shared not found: no real FIT files to walk");
        int walked = 0, skipping = 0;
        for (Path p : files) {
            byte[] bytes = Files.readAllBytes(p);
            FitFraming framing = FitFraming.of(bytes);
            if (framing.parts().size() != 1 || framing.parts().get(0).truncated()) {
                continue; // damaged and chained files are the SDK's own business
            }
            java.util.Optional<MessageFrames.Plan> plan = MessageFrames.plan(bytes, framing.parts().get(0));
            walked += plan.isPresent() ? 1 : 0;
            skipping += plan.filter(r -> r.size() > 0).isPresent() ? 1 : 0;
        }
        // Only FR70-era files with compressed timestamps (and none of the history) fall back to every byte.
        assertThat(walked).as("files the walk vouches for, of %d", files.size()).isGreaterThan(files.size() * 8 / 10);
        assertThat(skipping).as("files with messages left out or cut").isGreaterThan(files.size() / 2);
    }

    @Test
    void compressedSpeedDistanceStillGivesSpeedAndDistance() throws IOException, ReadException {
        Path fr70 = SHARED.resolve("corpus/files/odd_compressed_speed_distance_fr70.fit");
        Assumptions.assumeTrue(Files.exists(fr70), fr70 + " not found");
        Activity a = new FitReader().read("fr70.fit", Files.readAllBytes(fr70));
        // Its only speed and distance are inside compressed_speed_distance: without expansion they would be gone.
        assertThat(a.samples().count(Channel.SPEED)).isGreaterThan(700);
        assertThat(a.samples().count(Channel.DISTANCE)).isGreaterThan(700);
        assertThat(a.distanceM()).isBetween(10_000.0, 10_500.0);
    }

    private static void assertSame(String name, Activity a, Activity b) {
        assertThat(a.source()).as(name).isEqualTo(b.source());
        assertThat(List.of(a.format(), a.sport(), a.subSport(), a.start(), a.device(), a.utcOffset()))
                .as(name).isEqualTo(List.of(b.format(), b.sport(), b.subSport(), b.start(), b.device(), b.utcOffset()));
        assertThat(new double[]{a.elapsedS(), a.timerS(), a.distanceM()}).as(name)
                .isEqualTo(new double[]{b.elapsedS(), b.timerS(), b.distanceM()});
        assertThat(a.laps()).as(name + " laps").isEqualTo(b.laps());
        assertThat(a.workoutSteps()).as(name + " steps").isEqualTo(b.workoutSteps());
        assertThat(a.pauses()).as(name + " pauses").isEqualTo(b.pauses());
        assertThat(a.segments()).as(name + " segments").isEqualTo(b.segments());
        assertThat(a.warnings()).as(name + " warnings").isEqualTo(b.warnings());
        assertThat(a.samples().size()).as(name + " samples").isEqualTo(b.samples().size());
        for (Channel c : Channel.values()) {
            assertThat(a.samples().has(c)).as(name + " has " + c).isEqualTo(b.samples().has(c));
            if (a.samples().has(c)) {
                // Arrays.equals on double[] compares bits: NaN equals NaN, and 3.456 must be that very double.
                assertThat(java.util.Arrays.equals(a.samples().column(c), b.samples().column(c)))
                        .as(name + " " + c + " bit for bit").isTrue();
            }
        }
    }

    private static Object readOrRefusal(FitReader r, String name, byte[] bytes) {
        try {
            return r.read(name, bytes);
        } catch (ReadException e) {
            return "refused: " + e.getMessage();
        }
    }

    private static List<Path> realFitFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path dir : List.of(SHARED.resolve("corpus/files"), SHARED.resolve("corpus/reps/files"),
                SHARED.resolve("history/epix2_madison_2024"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".fit")).sorted()
                        .forEach(out::add);
            }
        }
        return out;
    }
}
