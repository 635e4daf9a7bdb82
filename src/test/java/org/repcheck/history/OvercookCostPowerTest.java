package org.repcheck.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.repcheck.synth.history.GeneratedDigests;
import org.repcheck.synth.history.HistoryGenerator;
import org.repcheck.synth.history.HistorySpec;

/**
 * The cross-history test (SCIENCE §7 step 6) on generated 16-week histories where every other session is
 * overcooked: with a cost injected after the overcooked ones only, it should find "more cost after overcooked"
 * often; with no cost, rarely (its p ≤ 0.05 rule). Printed in {@code mvn verify}.
 */
class OvercookCostPowerTest {
    static final int HISTORIES = 100;
    static final int WEEKS = 16;

    @Test
    void moreCostAfterOvercookedIsFoundWhenInjectedAndRarelyClaimedWhenNot() {
        Set<Integer> odd = new HashSet<>();
        for (int w = 1; w < WEEKS; w += 2) {
            odd.add(w);
        }
        int found = 0;
        int falseClaims = 0;
        int tested = 0;
        for (int seed = 3001; seed < 3001 + HISTORIES; seed++) {
            HistorySpec base = HistorySpec.plain(seed);
            base = new HistorySpec(seed, WEEKS, base.hrNoiseFraction(), 0, Set.of(), 3, seed % 4 == 0, 0.1, odd);
            OvercookCost with = HistoryBuilder.build(GeneratedDigests.of(HistoryGenerator.plan(
                    base.withCost(15, odd))), HistoryOptions.defaults()).cost();
            OvercookCost without = HistoryBuilder.build(GeneratedDigests.of(HistoryGenerator.plan(base)),
                    HistoryOptions.defaults()).cost();
            tested += with.finding() != CostFinding.NOT_ENOUGH_SESSIONS ? 1 : 0;
            found += with.finding() == CostFinding.MORE_COST_AFTER_OVERCOOKED ? 1 : 0;
            falseClaims += without.finding() == CostFinding.MORE_COST_AFTER_OVERCOOKED ? 1 : 0;
        }
        System.out.printf(java.util.Locale.ROOT, "overcook cost, %d generated 16-week histories (7-8 overcooked, 7-8 "
                + "on-target sessions): 15 s/km after overcooked found in %.0f %%; no cost: claimed in %.0f %%%n",
                HISTORIES, 100.0 * found / HISTORIES, 100.0 * falseClaims / HISTORIES);
        assertThat(tested).isEqualTo(HISTORIES);
        assertThat(found).isGreaterThanOrEqualTo(80 * HISTORIES / 100);
        assertThat(falseClaims).isLessThanOrEqualTo(10 * HISTORIES / 100);
    }
}
