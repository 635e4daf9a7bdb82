package org.repcheck.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The real epix2_madison_2024 history: the README's 13 structured quality sessions are interval sessions, Garmin's
 * single-step "Base" runs (whose one step is flagged {@code interval}) are not, runs of 90 min or more are long.
 */
class Epix2HistoryTest {

    @Test
    void theThirteenStructuredSessionsAreIntervalsBaseRunsAreNotLongRunsAreLong() throws Exception {
        History h = HistoryBuilder.build(Epix2.digests(), HistoryOptions.defaults());
        Map<String, ClassifiedRun> byId = h.runs().stream().collect(Collectors.toMap(ClassifiedRun::id, r -> r));
        for (String id : Epix2.STRUCTURED) {
            assertThat(byId.get(id).runClass()).as(id + " " + byId.get(id).classification())
                    .isEqualTo(RunClass.INTERVAL);
        }
        List<ClassifiedRun> base = h.runs().stream().filter(r -> r.digest().plan() == PlanShape.SINGLE_STEP).toList();
        assertThat(base).as("single-step Base/Long Run/Recovery runs").hasSizeGreaterThanOrEqualTo(36);
        assertThat(base).noneMatch(r -> r.runClass() == RunClass.INTERVAL);
        List<ClassifiedRun> longRuns = h.runs().stream()
                .filter(r -> r.digest().isRunning() && r.digest().movingS() >= 90 * 60).toList();
        assertThat(longRuns).hasSize(7).allMatch(r -> r.runClass() == RunClass.LONG);
        assertThat(byId.get("17532451185").digest().structure()).as("the Tempo session's three planned 8 min reps")
                .contains(new StructureKey(3, StructureKey.Unit.DURATION, List.of(480.0)));
        StructureKey anaerobic = new StructureKey(8, StructureKey.Unit.DURATION, List.of(40.0));
        assertThat(h.groups()).filteredOn(g -> g.key().equals(anaerobic)).singleElement()
                .satisfies(g -> assertThat(g.sessions()).extracting(GroupSession::id)
                        .containsExactly("17628594588", "18023755694"));
        Map<RunClass, Long> counts = new TreeMap<>(h.runs().stream()
                .collect(Collectors.groupingBy(ClassifiedRun::runClass, Collectors.counting())));
        System.out.println("epix2 classes: " + counts + " (" + h.runs().size() + " files, "
                + base.size() + " single-step plan runs, none interval)");
    }
}
