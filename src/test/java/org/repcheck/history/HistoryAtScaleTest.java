package org.repcheck.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.repcheck.synth.history.GeneratedDigests;
import org.repcheck.synth.history.HistoryGenerator;
import org.repcheck.synth.history.HistorySpec;

/**
 * A four-year history (1,400 runs, 200 interval sessions) builds whole: every session gets its week after. What the
 * history costs in time is measured as whole processes by {@code scripts/bench --history DIR} (issue 12's aim: at
 * most 15 % of analyze), not here: a timed unit test on a shared 2-core machine measures the neighbours.
 */
class HistoryAtScaleTest {
    @Test
    void aFourYearHistoryOfFourteenHundredRunsGivesEverySessionItsWeekAfter() {
        HistorySpec spec = new HistorySpec(8, 200, 0.01, 0, Set.of(), 3, false, 0.1, Set.of());
        List<RunDigest> digests = GeneratedDigests.of(HistoryGenerator.plan(spec));
        History h = HistoryBuilder.build(digests, HistoryOptions.defaults());
        assertThat(h.weekAfters()).hasSize(200);
    }
}
