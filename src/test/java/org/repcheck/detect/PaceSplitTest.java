package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Otsu's split tells two paces from one: η is 2/π (0.64) for one pace with a normal scatter, 0.75 for a steady
 * progression (a uniform spread), and near 1 for two levels — which is why a run 13 % faster for a block counts
 * as two paces at {@link SignalSegmenter#MIN_BIMODAL_ETA} while a progression does not.
 */
class PaceSplitTest {
    private static final int N = 20_000;

    private static PaceSplit split(double[] v) {
        boolean[] all = new boolean[v.length];
        Arrays.fill(all, true);
        return PaceSplit.of(v, all, SignalSegmenter.MOVING_MPS, SignalSegmenter.MAX_MPS);
    }

    private static boolean twoPaces(PaceSplit s) {
        return s.twoPaces(SignalSegmenter.MIN_CLASS_RATIO, SignalSegmenter.MIN_ETA, SignalSegmenter.MIN_CLASS_SHARE)
                || s.twoPaces(SignalSegmenter.MIN_BIMODAL_RATIO, SignalSegmenter.MIN_BIMODAL_ETA,
                SignalSegmenter.MIN_CLASS_SHARE);
    }

    @Test
    void onePaceWithNormalScatterExplainsTwoThirdsAndIsOnePace() {
        SplittableRandom rnd = new SplittableRandom(1);
        double[] v = new double[N];
        for (int i = 0; i < N; i++) {
            v[i] = 3.2 + 0.12 * rnd.nextGaussian();
        }
        PaceSplit s = split(v);
        assertThat(s.eta()).isCloseTo(2 / Math.PI, within(0.02));
        assertThat(twoPaces(s)).isFalse();
    }

    @Test
    void aSteadyProgressionExplainsThreeQuartersAndIsOnePace() {
        double[] v = new double[N];
        for (int i = 0; i < N; i++) {
            v[i] = 3.0 + 0.6 * i / (N - 1.0);
        }
        PaceSplit s = split(v);
        assertThat(s.eta()).isCloseTo(0.75, within(0.01));
        assertThat(twoPaces(s)).isFalse();
    }

    @Test
    void aBlockThirteenPercentFasterIsTwoPacesThoughUnderTheFifteenPercentRatio() {
        SplittableRandom rnd = new SplittableRandom(2);
        double[] v = new double[N];
        for (int i = 0; i < N; i++) {
            v[i] = (i < N / 2 ? 3.0 : 3.4) + 0.05 * rnd.nextGaussian();
        }
        PaceSplit s = split(v);
        assertThat(s.fastMps() / s.easyMps()).isLessThan(SignalSegmenter.MIN_CLASS_RATIO);
        assertThat(s.eta()).isGreaterThan(SignalSegmenter.MIN_BIMODAL_ETA);
        assertThat(twoPaces(s)).isTrue();
    }
}
