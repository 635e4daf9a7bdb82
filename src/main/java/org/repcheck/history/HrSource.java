package org.repcheck.history;

/**
 * Where a run's heart rate came from (SCIENCE §7 step 1: record it, wrist HR is noisier and has artefacts).
 * FIT files say little: a chest strap shows as an ANT+/BLE heart-rate sensor in device info, which this reader does
 * not keep, so most runs are {@link #UNKNOWN} unless the device is known to have only an optical sensor.
 */
public enum HrSource {
    /** A chest strap (an external heart-rate sensor). */
    CHEST,
    /** The watch's optical wrist sensor. */
    WRIST,
    /** The file does not say. */
    UNKNOWN
}
