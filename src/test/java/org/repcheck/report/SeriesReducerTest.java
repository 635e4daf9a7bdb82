package org.repcheck.report;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesReducerTest {
    @Test
    void reduces14HoursOfOneSecondSamplesToAtMostTwoPointsPerColumn() {
        int n = 50_400;
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = Math.sin(i / 100.0) * 50 + 150;
        }
        SeriesReducer.Series s = SeriesReducer.reduce(x, y, 800);
        assertThat(s.size()).isLessThanOrEqualTo(1600).isGreaterThan(800);
    }

    @Test
    void keepsTheMinimumAndMaximumOfEveryColumnIncludingOneSampleSpikes() {
        int n = 10_000;
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = 100;
        }
        y[1234] = 190; // a one-sample spike
        y[7777] = 40;  // a one-sample dropout
        SeriesReducer.Series s = SeriesReducer.reduce(x, y, 100);
        assertThat(s.y()).contains(190.0, 40.0);
        assertThat(Arrays.stream(s.y()).max().orElseThrow()).isEqualTo(190.0);
        assertThat(Arrays.stream(s.y()).min().orElseThrow()).isEqualTo(40.0);
        // each column of 100 samples keeps both its extremes, in time order
        int at = indexOf(s.x(), 1234);
        assertThat(at).isGreaterThanOrEqualTo(0);
        assertThat(s.x()).isSorted();
    }

    @Test
    void columnOfMissingValuesBecomesAGapNotALineAcrossIt() {
        int n = 1000;
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = i >= 400 && i < 600 ? Double.NaN : 150;
        }
        SeriesReducer.Series s = SeriesReducer.reduce(x, y, 50);
        assertThat(Arrays.stream(s.y()).anyMatch(Double::isNaN)).isTrue();
        assertThat(s.size()).isLessThanOrEqualTo(100 + 50);
    }

    @Test
    void shortSeriesPassThroughUnchanged() {
        double[] x = {0, 1, 2}, y = {5, 6, 7};
        SeriesReducer.Series s = SeriesReducer.reduce(x, y, 800);
        assertThat(s.x()).containsExactly(0, 1, 2);
        assertThat(s.y()).containsExactly(5, 6, 7);
    }

    @Test
    void strideKeepsFirstAndLastPointOfARoute() {
        int[] idx = SeriesReducer.strideIndices(50_400, 1000);
        assertThat(idx.length).isLessThanOrEqualTo(1000);
        assertThat(idx[0]).isZero();
        assertThat(idx[idx.length - 1]).isEqualTo(50_399);
    }

    private static int indexOf(double[] a, double v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void positionsThatGoBackwardsCostPointsNotACrash() {
        // A clock that jumps back every 7th sample (a FIT chained to itself, a GPX with a reset clock): the
        // columns are revisited far more often than the output was sized for.
        int n = 5000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 7 == 6 ? 0 : i;
            y[i] = i % 13;
        }
        SeriesReducer.Series s = SeriesReducer.reduce(x, y, 100);
        assertThat(s.size()).isGreaterThan(0).isLessThanOrEqualTo(2 * n + 2);
        for (double v : s.x()) {
            assertThat(v).isBetween(0.0, n - 1.0);
        }
    }
}
