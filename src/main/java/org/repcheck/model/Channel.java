package org.repcheck.model;

/** The columns a {@link Samples} table can hold, each in SI units (NaN where a sample lacks it). */
public enum Channel {
    /** Seconds since the activity's start (elapsed, pauses included). */
    TIME,
    /** Cumulative distance, metres. */
    DISTANCE,
    /** Speed, metres per second. */
    SPEED,
    /** Latitude, degrees. */
    LAT,
    /** Longitude, degrees. */
    LON,
    /** Altitude, metres. */
    ALTITUDE,
    /** Heart rate, beats per minute. */
    HR,
    /** Cadence, steps or revolutions per minute as the device wrote it. */
    CADENCE,
    /** Power, watts. */
    POWER
}
