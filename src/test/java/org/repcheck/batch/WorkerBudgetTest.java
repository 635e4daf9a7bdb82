package org.repcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkerBudgetTest {
    @Test
    void workersAreCappedByTheHeapNotOnlyByTheRequest() {
        WorkerBudget b = WorkerBudget.of(10_000, 300, 448L << 20);
        assertThat(b.granted()).isEqualTo(2);
        assertThat(b.cappedByMemory(300)).isTrue();
        assertThat(WorkerBudget.of(4, 300, 8L << 30).granted()).isEqualTo(4);
        assertThat(WorkerBudget.of(4, 1, 8L << 30).granted()).isEqualTo(1);
        assertThat(WorkerBudget.of(4, 300, 64L << 20).granted()).as("at least one").isEqualTo(1);
    }
}
