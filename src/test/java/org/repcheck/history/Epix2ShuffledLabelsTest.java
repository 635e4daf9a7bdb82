package org.repcheck.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * SCIENCE §7's validation on a real history: with session labels shuffled, the cross-history test must rarely claim
 * an effect. epix2 has no TT, so its sessions carry no overcooked/on-target label, and too few of its 16 interval
 * sessions have a week-after number for the test alone; so the week after is also run from every easy run's date
 * as if it were a session (real runs, real noise, no session effect by construction), and random labels are drawn
 * over those costs many times. Printed in {@code mvn verify}.
 */
class Epix2ShuffledLabelsTest {
    static final int DRAWS = 400;
    static final int SESSIONS = 10;

    @Test
    void withShuffledLabelsTheCrossHistoryTestRarelyClaimsAnEffect() throws Exception {
        History h = HistoryBuilder.build(Epix2.digests(), HistoryOptions.defaults());
        Map<WeekAfterFinding, Integer> real = new EnumMap<>(WeekAfterFinding.class);
        h.weekAfters().forEach(w -> real.merge(w.finding(), 1, Integer::sum));
        WeekAfters method = new WeekAfters(h.runs(), HistoryBuilder.DEFAULT_BETA);
        List<String> ids = new ArrayList<>();
        List<Double> costs = new ArrayList<>();
        int slower = 0;
        for (ClassifiedRun r : h.runs()) {
            if (r.runClass() != RunClass.EASY || r.digest().localDate().isEmpty()) {
                continue;
            }
            WeekAfter w = method.of(r);
            if (w.interval().isPresent()) {
                ids.add(r.id());
                costs.add(w.interval().get().meanSPerKm());
                slower += w.finding() == WeekAfterFinding.SLOWER_AT_SAME_HR ? 1 : 0;
            }
        }
        assertThat(costs).as("pseudo-sessions with a week-after number").hasSizeGreaterThanOrEqualTo(SESSIONS);
        SplittableRandom rnd = new SplittableRandom(20241113);
        int claims = 0;
        for (int draw = 0; draw < DRAWS; draw++) {
            List<Integer> pick = pick(rnd, costs.size(), SESSIONS);
            List<Boolean> labels = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                labels.add(i < SESSIONS / 2);
            }
            double[] c = pick.stream().mapToDouble(costs::get).toArray();
            OvercookCost cost = OvercookCosts.test(pick.stream().map(ids::get).toList(), c, labels, 999, draw);
            claims += cost.finding() == CostFinding.MORE_COST_AFTER_OVERCOOKED ? 1 : 0;
        }
        double rate = 100.0 * claims / DRAWS;
        System.out.printf(java.util.Locale.ROOT, "epix2 shuffled labels: real interval sessions' week after %s; "
                + "%d easy-run dates as pseudo-sessions with a number, %.1f %% of them 'slower'; %d draws of %d "
                + "sessions with random labels: the cross-history test claims an effect in %.1f %%%n", real,
                costs.size(), 100.0 * slower / costs.size(), DRAWS, SESSIONS, rate);
        assertThat(rate).isLessThanOrEqualTo(10.0);
    }

    /** {@code k} distinct indices below {@code n}, in random order. */
    private static List<Integer> pick(SplittableRandom rnd, int n, int k) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        for (int i = 0; i < k; i++) {
            int j = i + rnd.nextInt(n - i);
            Integer t = all.get(i);
            all.set(i, all.get(j));
            all.set(j, t);
        }
        return List.copyOf(all.subList(0, k));
    }
}
