package org.repcheck.history;

/**
 * A run's class with its basis and the numbers that decided it (units per {@link ClassBasis}).
 */
public record Classification(RunClass runClass, ClassBasis basis, double value, double threshold) {
    public Classification {
        if (runClass == null || basis == null) {
            throw new IllegalArgumentException("classification fields must not be null");
        }
    }
}
