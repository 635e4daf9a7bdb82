package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.repcheck.model.DistanceBasis;

class DistanceSnapperTest {

    @Test
    void aGpsFourHundredSnapsToFourHundred() {
        DistanceSnapper.Snap s = DistanceSnapper.snap(403.1);
        assertThat(s.basis()).isEqualTo(DistanceBasis.SNAPPED);
        assertThat(s.distanceM()).isEqualTo(400.0);
        assertThat(s.measuredDistanceM()).isEqualTo(403.1);
        assertThat(s.nominalM()).hasValue(400.0);
    }

    @Test
    void sixteenHundredNineMetresIsAMile() {
        DistanceSnapper.Snap s = DistanceSnapper.snap(1609);
        assertThat(s.basis()).isEqualTo(DistanceBasis.SNAPPED);
        assertThat(s.distanceM()).isCloseTo(1609.344, within(1e-9));
    }

    @Test
    void fourThirtyIsMeasuredBecauseItIsThirtyMetresFromFourHundred() {
        // Tolerance for 400 m is max(10 m, 4 % of 400 = 16 m); 430 is 30 m off.
        DistanceSnapper.Snap s = DistanceSnapper.snap(430);
        assertThat(s.basis()).isEqualTo(DistanceBasis.MEASURED);
        assertThat(s.distanceM()).isEqualTo(430.0);
        assertThat(s.nominalM()).isEmpty();
    }

    @Test
    void shortRepsGetTheTenMetreFloor() {
        assertThat(DistanceSnapper.snap(209.5).basis()).isEqualTo(DistanceBasis.SNAPPED);
        assertThat(DistanceSnapper.snap(211).basis()).isEqualTo(DistanceBasis.MEASURED);
    }

    @Test
    void aDistanceNearTwoNominalsTakesTheOneMostRepsShare() {
        // 1550 m is within 4 % of both 1500 (tolerance 60 m) and 1600 (64 m), 50 m from each: the session's other
        // reps decide. (1600 m and 1 mile both take 1598-1612 m; the closer fit over the session, 1600, wins.)
        List<DistanceSnapper.Snap> snaps = DistanceSnapper.snapAll(new double[] {1598, 1606, 1550, 1612});
        assertThat(snaps).extracting(DistanceSnapper.Snap::distanceM).containsOnly(1600.0);

        List<DistanceSnapper.Snap> fifteens = DistanceSnapper.snapAll(new double[] {1495, 1503, 1550, 1488});
        assertThat(fifteens).extracting(DistanceSnapper.Snap::distanceM).containsOnly(1500.0);
    }

    @Test
    void aLoneAmbiguousDistanceTakesTheNearestNominal() {
        assertThat(DistanceSnapper.snap(1560).distanceM()).isEqualTo(1600.0);
        assertThat(DistanceSnapper.snap(1540).distanceM()).isEqualTo(1500.0);
    }
}
