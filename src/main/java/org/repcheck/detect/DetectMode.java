package org.repcheck.detect;

/** Which evidence the rep detector may use (`--detect`). AUTO takes workout steps, else laps, else the signal. */
public enum DetectMode {
    AUTO, WORKOUT, LAPS, SIGNAL
}
