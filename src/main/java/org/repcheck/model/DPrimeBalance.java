package org.repcheck.model;

/**
 * W′/D′ balance over a session under the critical-speed model: {@code balanceM[i]} metres of D′ left at
 * {@code timeS[i]}. The arrays are owned by this value; do not modify them.
 */
public record DPrimeBalance(double criticalSpeedMps, double dPrimeM, double[] timeS, double[] balanceM) {
    public DPrimeBalance {
        if (timeS.length != balanceM.length) {
            throw new IllegalArgumentException("time and balance differ in length");
        }
    }
}
