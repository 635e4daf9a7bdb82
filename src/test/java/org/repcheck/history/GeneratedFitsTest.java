package org.repcheck.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.repcheck.batch.Input;
import org.repcheck.batch.Outcome;
import org.repcheck.batch.Pipeline;
import org.repcheck.detect.DetectMode;
import org.repcheck.io.fit.FitWriter;
import org.repcheck.model.TimeTrial;
import org.repcheck.synth.history.GeneratedFits;
import org.repcheck.synth.history.HistoryGenerator;
import org.repcheck.synth.history.HistorySpec;
import org.repcheck.synth.history.PlannedRun;
import org.repcheck.targets.TargetPlan;

/**
 * Generated histories end to end: every run written as a FIT file by the project's writer, read, detected and
 * judged by the batch pipeline, digested by {@link RunDigests#of}, built into a history. The digest must find the
 * generator's steady windows (so the fast digest-level power test stands for files), and the history must class
 * the runs as planned and find the injected slowdown.
 */
class GeneratedFitsTest {
    static final int WEEKS = 6;
    static final int COST_WEEK = 5;

    record Done(HistoryGenerator.GeneratedHistory plan, List<GeneratedFits.Run> runs, List<RunDigest> digests) {
    }

    static Done endToEnd(HistorySpec spec) {
        HistoryGenerator.GeneratedHistory g = HistoryGenerator.plan(spec);
        TimeTrial tt = new TimeTrial(5000, 5000 / (g.runner().refSpeedMps() * 1.3), Optional.empty());
        Pipeline pipeline = new Pipeline(DetectMode.AUTO, new TargetPlan(List.of(tt), "coach"));
        List<GeneratedFits.Run> runs = new ArrayList<>();
        List<RunDigest> digests = new ArrayList<>();
        long k = 0;
        for (PlannedRun r : g.runs()) {
            GeneratedFits.Run run = GeneratedFits.of(r, g.runner(), spec.seed() * 1000 + k++);
            byte[] fit = FitWriter.write(run.activity());
            Outcome o = pipeline.run(new Input(r.id() + ".fit", () -> new ByteArrayInputStream(fit)));
            assertThat(o.error()).as(r.id()).isEmpty();
            runs.add(run);
            digests.add(RunDigests.of(r.id(), o.analysis().get()));
        }
        return new Done(g, runs, digests);
    }

    @Test
    void theDigestFindsTheGeneratorsSteadyWindowsOnFlatAndHillyRuns() {
        int truth = 0;
        int found = 0;
        List<Double> hrErr = new ArrayList<>();
        List<Double> speedErr = new ArrayList<>();
        for (boolean hills : new boolean[] {false, true}) {
            Done done = endToEnd(new HistorySpec(7 + (hills ? 1 : 0), 2, 0.01, 0, Set.of(), 3, hills, 0, Set.of()));
            for (int i = 0; i < done.runs().size(); i++) {
                GeneratedFits.Run run = done.runs().get(i);
                SteadyWindows w = done.digests().get(i).windows();
                for (double[] t : run.trueWindows()) {
                    truth++;
                    for (int j = 0; j < w.size(); j++) {
                        if (Math.abs(w.startS(j) - t[0]) < 0.5) {
                            found++;
                            hrErr.add(Math.abs(w.hrBpm(j) - t[1]));
                            speedErr.add(Math.abs(w.speedMps(j) - t[2]) / t[2]);
                        }
                    }
                }
            }
        }
        double hr = Stats.median(hrErr.stream().mapToDouble(Double::doubleValue).toArray());
        double sp = Stats.median(speedErr.stream().mapToDouble(Double::doubleValue).toArray());
        System.out.printf(java.util.Locale.ROOT, "digest windows on generated FIT runs: %d of %d true windows found, "
                + "median |HR error| %.2f bpm, median |grade-adjusted speed error| %.2f %%%n", found, truth, hr,
                100 * sp);
        assertThat(found).isGreaterThanOrEqualTo((int) (0.9 * truth));
        assertThat(hr).isLessThan(0.5);
        assertThat(sp).isLessThan(0.01);
    }

    @Test
    void generatedHistoriesAsFitFilesAreClassedAsPlannedAndShowTheInjectedSlowdown() {
        int otherSessions = 0;
        int falseSlower = 0;
        for (long seed : new long[] {42, 43, 44}) {
            HistorySpec spec = new HistorySpec(seed, WEEKS, 0.01, 25, Set.of(COST_WEEK), 3, seed == 43, 0.1,
                    Set.of());
            Done done = endToEnd(spec);
            History h = HistoryBuilder.build(done.digests(), HistoryOptions.defaults());
            Map<String, RunClass> classes = h.runs().stream()
                    .collect(Collectors.toMap(ClassifiedRun::id, ClassifiedRun::runClass));
            for (PlannedRun r : done.plan().runs()) {
                RunClass expected = switch (r.kind()) {
                    case EASY -> RunClass.EASY;
                    case LONG -> RunClass.LONG;
                    case INTERVAL -> RunClass.INTERVAL;
                };
                assertThat(classes.get(r.id())).as(r.id()).isEqualTo(expected);
            }
            String costSession = done.plan().sessions().get(COST_WEEK).id();
            for (WeekAfter w : h.weekAfters()) {
                if (!w.sessionId().equals(costSession)) {
                    otherSessions += w.interval().isPresent() ? 1 : 0;
                    falseSlower += w.finding() == WeekAfterFinding.SLOWER_AT_SAME_HR ? 1 : 0;
                    continue;
                }
                assertThat(w.finding()).as(w.toString()).isEqualTo(WeekAfterFinding.SLOWER_AT_SAME_HR);
                assertThat(w.postRuns()).as(w.skipped().toString()).hasSize(3);
                assertThat(w.baseline().runs()).isGreaterThanOrEqualTo(6);
                System.out.printf(java.util.Locale.ROOT, "generated FIT history %d (%d files%s): 25 s/km injected "
                        + "after %s, found %s %.1f s/km [%.1f, %.1f], baseline %d runs, TE %.1f s/km%n", seed,
                        done.digests().size(), spec.hills() ? ", hills" : "", costSession, w.finding(),
                        w.interval().get().meanSPerKm(), w.interval().get().lowSPerKm(),
                        w.interval().get().highSPerKm(), w.baseline().runs(), w.baseline().fit().get().teSPerKm());
            }
        }
        System.out.printf("generated FIT histories: %d sessions without a cost and with a number, %d called slower%n",
                otherSessions, falseSlower);
        assertThat(otherSessions).isGreaterThanOrEqualTo(6);
        assertThat(falseSlower).isLessThanOrEqualTo(1);
    }

    @Test
    void aDigestIsSmall() {
        Done done = endToEnd(new HistorySpec(5, 1, 0.01, 0, Set.of(), 3, false, 0, Set.of()));
        for (RunDigest d : done.digests()) {
            long bytes = 8L * 4 * d.windows().size() + 4L * HrHistogram.BINS + 200L * d.reps().size()
                    + 64L * d.bestEfforts().size();
            assertThat(d.windows().size()).isLessThanOrEqualTo(SteadyWindows.MAX);
            assertThat(bytes).as("payload of " + d.id()).isLessThan(12_000);
        }
        assertThat(Arrays.stream(done.digests().get(0).windows().hrBpm()).min().orElse(0)).isGreaterThan(0);
    }
}
