package org.repcheck.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.repcheck.model.TargetBand;
import org.repcheck.model.TimeTrial;

/** Properties over seeded random TTs and rep distances, for every model. */
class TargetModelPropertiesTest {
    static final int RUNS = 500;

    /** A random plausible TT: 3–10 km at 2:50–6:00/km, or CS efforts around it. */
    static List<TimeTrial> randomTrials(Random rnd, double paceScale) {
        double pace = (170 + rnd.nextDouble() * 190) * paceScale;
        double dist = 3000 + rnd.nextInt(7001);
        TimeTrial main = new TimeTrial(dist, pace * dist / 1000, Optional.empty());
        // Efforts for critical speed that follow d = CS·t + D′ with realistic CS and D′.
        double cs = 1000 / pace * 1.03;
        double dPrime = 120 + rnd.nextDouble() * 150;
        TimeTrial e1 = new TimeTrial(1200, (1200 - dPrime) / cs, Optional.empty());
        TimeTrial e2 = new TimeTrial(3600, (3600 - dPrime) / cs, Optional.empty());
        return List.of(e1, e2, main);
    }

    static TargetModel model(String name, List<TimeTrial> trials) throws TargetException {
        return TargetModels.create(name, name.equals(CriticalSpeedModel.NAME) ? trials : List.of(trials.get(2)));
    }

    @Test
    void bandsGetSlowerAsRepDistanceGrows() throws TargetException {
        Random rnd = new Random(1);
        for (int run = 0; run < RUNS; run++) {
            List<TimeTrial> trials = randomTrials(rnd, 1.0);
            double d1 = 150 + rnd.nextDouble() * 2500;
            double d2 = d1 + 1 + rnd.nextDouble() * 2000;
            for (String name : TargetModels.NAMES) {
                TargetModel m = model(name, trials);
                TargetBand shorter = m.band(d1);
                TargetBand longer = m.band(d2);
                assertThat(longer.fastSpeedMps()).as("%s fast edge %s vs %s m", name, d2, d1)
                        .isLessThanOrEqualTo(shorter.fastSpeedMps() + 1e-12);
                assertThat(longer.slowSpeedMps()).as("%s slow edge %s vs %s m", name, d2, d1)
                        .isLessThanOrEqualTo(shorter.slowSpeedMps() + 1e-12);
            }
        }
    }

    @Test
    void aFasterTimeTrialGivesFasterBands() throws TargetException {
        Random rnd = new Random(2);
        for (int run = 0; run < RUNS; run++) {
            long seed = rnd.nextLong();
            double faster = 0.90 + rnd.nextDouble() * 0.099;
            List<TimeTrial> slowTrials = randomTrials(new Random(seed), 1.0);
            List<TimeTrial> fastTrials = randomTrials(new Random(seed), faster);
            double d = 150 + rnd.nextDouble() * 2500;
            for (String name : TargetModels.NAMES) {
                TargetBand slowBand = model(name, slowTrials).band(d);
                TargetBand fastBand = model(name, fastTrials).band(d);
                assertThat(fastBand.fastSpeedMps()).as("%s at %s m", name, d).isGreaterThan(slowBand.fastSpeedMps());
                assertThat(fastBand.slowSpeedMps()).as("%s at %s m", name, d).isGreaterThan(slowBand.slowSpeedMps());
            }
        }
    }

    @Test
    void everyBandIsFasterThanItsTtPaceAndSlowerThanRacePaceForCoachDanielsRiegel() throws TargetException {
        Random rnd = new Random(3);
        for (int run = 0; run < RUNS; run++) {
            TimeTrial tt = randomTrials(rnd, 1.0).get(2);
            double d = 200 + rnd.nextDouble() * 1800;
            for (String name : List.of("coach", "daniels", "riegel")) {
                TargetBand b = TargetModels.create(name, List.of(tt)).band(d);
                assertThat(b.fastSpeedMps()).as("%s at %s m", name, d).isLessThan(Riegel.raceSpeedMps(tt, d));
            }
            assertThat(TargetModels.create("coach", List.of(tt)).band(d).slowSpeedMps())
                    .isGreaterThanOrEqualTo(tt.speedMps() - 1e-12);
        }
    }
}
