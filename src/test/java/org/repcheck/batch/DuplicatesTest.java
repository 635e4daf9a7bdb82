package org.repcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.repcheck.model.Format;

class DuplicatesTest {
    private static final Instant T = Instant.parse("2026-03-03T17:30:00Z");

    private static Duplicates.Print print(int order, String athlete, String id, long startOffsetS, double distanceM,
                                          Format f, int warnings) {
        return new Duplicates.Print(order, athlete, id, Optional.of(T.plusSeconds(startOffsetS)), distanceM, f, warnings);
    }

    @Test
    void theRichestFormatIsKeptWhicheverCameFirst() {
        Map<Integer, Integer> d = Duplicates.find(List.of(print(0, "a", "x", 0, 8000, Format.GPX, 0),
                print(1, "a", "y", 20, 8050, Format.TCX, 0), print(2, "a", "z", 40, 8100, Format.FIT, 0)));
        assertThat(d).containsOnly(Map.entry(0, 2), Map.entry(1, 2));
    }

    @Test
    void startsMoreThanAMinuteApartOrDistancesMoreThanTwoPercentApartAreDifferentRuns() {
        assertThat(Duplicates.find(List.of(print(0, "a", "x", 0, 8000, Format.FIT, 0),
                print(1, "a", "y", 61, 8000, Format.GPX, 0)))).isEmpty();
        assertThat(Duplicates.find(List.of(print(0, "a", "x", 0, 8000, Format.FIT, 0),
                print(1, "a", "y", 10, 8000 * 1.021, Format.GPX, 0)))).isEmpty();
        assertThat(Duplicates.find(List.of(print(0, "a", "x", 0, 8000, Format.FIT, 0),
                print(1, "a", "y", 60, 8000 * 1.019, Format.GPX, 0)))).containsOnly(Map.entry(1, 0));
    }

    @Test
    void twoAthletesRunningTogetherAreNotOneRun() {
        assertThat(Duplicates.find(List.of(print(0, "alex", "x", 0, 8000, Format.FIT, 0),
                print(1, "chris", "y", 3, 8001, Format.FIT, 0)))).isEmpty();
    }

    @Test
    void identicalBytesAreOneRunEvenWithoutADateAndTheIntactCopyWinsOverASalvagedOne() {
        List<Duplicates.Print> prints = List.of(
                new Duplicates.Print(0, "a", "same", Optional.empty(), Double.NaN, Format.GPX, 0),
                new Duplicates.Print(1, "a", "same", Optional.empty(), Double.NaN, Format.GPX, 0));
        assertThat(Duplicates.find(prints)).containsOnly(Map.entry(1, 0));
        assertThat(Duplicates.find(List.of(print(0, "a", "x", 0, 5000, Format.FIT, 2),
                print(1, "a", "y", 0, 5000, Format.FIT, 0)))).containsOnly(Map.entry(0, 1));
    }
}
