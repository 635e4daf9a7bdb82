package org.repcheck.history;

/** What a run's speed came from: only GPS or a footpod/accelerometer outdoors counts for the week after. */
public enum SpeedSource {
    /** Satellite positions (most of the run has a position). */
    GPS,
    /** A distance without positions: footpod or the watch's accelerometer (indoor track, GPS off). */
    DEVICE_DISTANCE,
    /** A treadmill (sub-sport treadmill): its speed is the belt's or the wrist's guess, out unless calibrated. */
    TREADMILL,
    /** No distance at all. */
    NONE
}
