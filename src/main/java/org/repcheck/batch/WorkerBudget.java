package org.repcheck.batch;

import org.repcheck.io.ReadLimits;

/**
 * How many files may be analysed at once: no more than asked, than there are files, or than the heap holds at one
 * worker's budget ({@link ReadLimits#WORKER_HEAP_BYTES}) — so {@code --jobs 10000} runs as many workers as fit
 * instead of running out of memory, and the run's memory stays under the heap it was given.
 */
public record WorkerBudget(int requested, int granted) {
    public static WorkerBudget of(int requested, int inputs) {
        return of(requested, inputs, Runtime.getRuntime().maxMemory());
    }

    static WorkerBudget of(int requested, int inputs, long maxHeapBytes) {
        long byMemory = Math.max(1, maxHeapBytes / ReadLimits.WORKER_HEAP_BYTES);
        int granted = (int) Math.max(1, Math.min(Math.min(requested, Math.max(1, inputs)), byMemory));
        return new WorkerBudget(requested, granted);
    }

    /** True when memory, not the request or the number of files, set the count. */
    public boolean cappedByMemory(int inputs) {
        return granted < Math.min(requested, inputs);
    }
}
