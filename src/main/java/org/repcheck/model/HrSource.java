package org.repcheck.model;

/**
 * Where an activity's heart rate came from (SCIENCE §7 step 1: record it; wrist HR is noisier and has artefacts).
 * A FIT file lists the sensors the watch used in its device_info messages: a paired heart-rate sensor (ANT+ or
 * Bluetooth) is a chest strap or an arm band, a local wrist-HR sensor is the watch's own optical one. GPX and TCX
 * files do not say.
 */
public enum HrSource {
    /** A paired heart-rate sensor: a chest strap (or an arm band). When one is paired, the watch records it. */
    CHEST,
    /** The watch's optical wrist sensor, and no paired heart-rate sensor. */
    WRIST,
    /** The file does not say. */
    UNKNOWN
}
