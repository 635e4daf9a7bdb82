package org.repcheck.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * What an interval session should look like. SI units: speeds m/s, times s, distances m (use
 * {@link #speedForPace(double)} to write a pace in s/km). Build with {@link #distanceReps} or {@link #timeReps} and
 * adjust with the {@link Builder}:
 *
 * <pre>{@code
 * Spec spec = Spec.distanceReps(6, 400, Spec.speedForPace(230)).toBuilder()
 *         .repSpeeds(List.of(s(215), s(215), s(215), s(230), s(230), s(230)))   // first three too fast
 *         .recovery(RecoveryKind.STAND, 90)
 *         .laps(LapMode.MANUAL_AT_REPS)
 *         .build();
 * }</pre>
 *
 * @param reps              reps per set
 * @param repDistanceM      distance of each rep, NaN for time-based reps
 * @param repDurationS      duration of each rep, NaN for distance-based reps
 * @param repSpeedsMps      target speed per rep in session order (sets × reps values), or one value for all
 * @param recovery          how the runner recovers between reps
 * @param recoveryS         recovery duration
 * @param jogSpeedMps       speed of a jogging recovery
 * @param easySpeedMps      warm-up and cool-down speed
 * @param warmupS           warm-up duration
 * @param cooldownS         cool-down duration
 * @param sets              sets (nested repeat when over 1)
 * @param setRecoveryS      jog between sets
 * @param recording         every second or "smart" (irregular 1-8 s)
 * @param laps              which laps the device writes
 * @param lapFlags          the intensity the device writes on manual laps; with {@link LapMode#WORKOUT}, the flags
 *                          the plan's steps carry: REALISTIC honest ones, ALL_ACTIVE recoveries and rests marked
 *                          ACTIVE (Garmin's suggested workouts), ALL_INTERVAL every step but the cool-down WARMUP
 *                          (FR245 custom plans)
 * @param speedChannel      whether samples carry speed (otherwise detection derives it)
 * @param distanceChannel   whether samples carry distance (a GPX track has positions only)
 * @param heartRate         whether samples carry HR
 * @param gpsNoise          scale of position and distance noise (1 = a typical wrist GPS)
 * @param dropouts          whether GPS drops out for 10-30 s now and then
 * @param fastCooldown      the cool-down is run fast (a lap that must never be a rep)
 * @param hills             rolling hills that slow and speed the easy running
 * @param warmupStrides     strides of 15-25 s near the end of the warm-up (not reps): the real 5 × 4 min and
 *                          3 × 1700 m sessions have them, and they came out as extra reps
 * @param surgeShare        the first rep opens at {@link #SURGE_GAIN} × its speed for this share of it, then settles
 *                          (0: none): the real 3 × 1700 m first rep opened with a 60 s surge
 * @param speedLagS         how late a watch writes its speed, s (0: the chip's Doppler speed as it comes): real
 *                          watches' speed trails their own distance by 3-12 s
 * @param altitudeNoiseM    σ of the altitude's slow error, m (0: a barometer's smooth altitude); a watch without a
 *                          barometer writes GPS altitude, whose "climbs" inside flat reps fooled grade adjustment
 */
public record Spec(int reps, double repDistanceM, double repDurationS, List<Double> repSpeedsMps,
                   RecoveryKind recovery, double recoveryS, double jogSpeedMps, double easySpeedMps,
                   double warmupS, double cooldownS, int sets, double setRecoveryS, Recording recording,
                   LapMode laps, LapFlags lapFlags, boolean speedChannel, boolean distanceChannel,
                   boolean heartRate, double gpsNoise, boolean dropouts, boolean fastCooldown, boolean hills,
                   int warmupStrides, double surgeShare, double altitudeNoiseM, double speedLagS) {

    /** How much faster than its speed a surging first rep opens. */
    public static final double SURGE_GAIN = 1.15;

    public enum RecoveryKind {
        /** Easy running. */
        JOG,
        /** Walking. */
        WALK,
        /** Standing still, watch running. */
        STAND,
        /** Standing still with the watch stopped (a pause in the file). */
        PAUSED
    }

    public enum Recording { EVERY_SECOND, SMART }

    public enum LapMode {
        /** No laps (a GPX track, or nobody pressed the button). */
        NONE,
        /** Manual laps at every rep and recovery boundary, with a human's button timing. */
        MANUAL_AT_REPS,
        /**
         * {@link #MANUAL_AT_REPS} with the watch's auto-lap on as well (a Garmin's default): a lap every kilometre
         * after each press, so a long warm-up, cool-down or rep is written as laps of 1 km and a rest.
         */
        MANUAL_AND_AUTO_KM,
        /**
         * Manual laps pressed only as each rep starts (a habit of many runners): each lap a rep and its recovery,
         * the first lap the warm-up, the last the last rep and the cool-down.
         */
        MANUAL_AT_REP_STARTS,
        /**
         * Manual laps pressed only as each rep ends: each lap a recovery and its rep, the first lap the warm-up and
         * the first rep, the last the cool-down.
         */
        MANUAL_AT_REP_ENDS,
        /** Auto-laps every kilometre. */
        AUTO_KM,
        /** Auto-laps every mile. */
        AUTO_MILE,
        /** A few manual laps at random moments (a long run split when the runner felt like it). */
        MANUAL_RANDOM,
        /** A structured workout: workout steps (nested repeats when sets > 1) and one lap per step run. */
        WORKOUT
    }

    /** The intensity devices write on manual laps: Garmin's active/rest, all "interval", or TCX's all "active". */
    public enum LapFlags { REALISTIC, ALL_INTERVAL, ALL_ACTIVE }

    public Spec {
        repSpeedsMps = List.copyOf(repSpeedsMps);
        if (reps < 1 || sets < 1) {
            throw new IllegalArgumentException("at least one rep and one set");
        }
        if (Double.isNaN(repDistanceM) == Double.isNaN(repDurationS)) {
            throw new IllegalArgumentException("a rep has a distance or a duration, not both");
        }
        if (repSpeedsMps.size() != 1 && repSpeedsMps.size() != reps * sets) {
            throw new IllegalArgumentException("one rep speed, or one per rep");
        }
    }

    /** Speed in m/s for a pace in seconds per kilometre. */
    public static double speedForPace(double secondsPerKm) {
        return 1000.0 / secondsPerKm;
    }

    public boolean timeBased() {
        return Double.isNaN(repDistanceM);
    }

    public int totalReps() {
        return reps * sets;
    }

    /** Target speed of rep {@code i} (0-based, session order). */
    public double repSpeed(int i) {
        return repSpeedsMps.size() == 1 ? repSpeedsMps.get(0) : repSpeedsMps.get(i);
    }

    /** n reps of a distance at one speed, jog recoveries, 1 s recording, no laps. */
    public static Spec distanceReps(int n, double distanceM, double speedMps) {
        return base(n, distanceM, Double.NaN, speedMps);
    }

    /** n reps of a duration at one speed, jog recoveries, 1 s recording, no laps. */
    public static Spec timeReps(int n, double durationS, double speedMps) {
        return base(n, Double.NaN, durationS, speedMps);
    }

    private static Spec base(int n, double distanceM, double durationS, double speedMps) {
        return new Spec(n, distanceM, durationS, List.of(speedMps), RecoveryKind.JOG, 90, speedMps * 0.6,
                speedMps * 0.75, 900, 600, 1, 180, Recording.EVERY_SECOND, LapMode.NONE, LapFlags.REALISTIC, true,
                true, true, 1.0, false, false, false, 0, 0, 0, 0);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Adjusts a spec field by field; a test helper, so plain and mutable. */
    public static final class Builder {
        private int reps;
        private double repDistanceM;
        private double repDurationS;
        private List<Double> repSpeedsMps;
        private RecoveryKind recovery;
        private double recoveryS;
        private double jogSpeedMps;
        private double easySpeedMps;
        private double warmupS;
        private double cooldownS;
        private int sets;
        private double setRecoveryS;
        private Recording recording;
        private LapMode laps;
        private LapFlags lapFlags;
        private boolean speedChannel;
        private boolean distanceChannel;
        private boolean heartRate;
        private double gpsNoise;
        private boolean dropouts;
        private boolean fastCooldown;
        private boolean hills;
        private int warmupStrides;
        private double surgeShare;
        private double altitudeNoiseM;
        private double speedLagS;

        private Builder(Spec s) {
            reps = s.reps;
            repDistanceM = s.repDistanceM;
            repDurationS = s.repDurationS;
            repSpeedsMps = new ArrayList<>(s.repSpeedsMps);
            recovery = s.recovery;
            recoveryS = s.recoveryS;
            jogSpeedMps = s.jogSpeedMps;
            easySpeedMps = s.easySpeedMps;
            warmupS = s.warmupS;
            cooldownS = s.cooldownS;
            sets = s.sets;
            setRecoveryS = s.setRecoveryS;
            recording = s.recording;
            laps = s.laps;
            lapFlags = s.lapFlags;
            speedChannel = s.speedChannel;
            distanceChannel = s.distanceChannel;
            heartRate = s.heartRate;
            gpsNoise = s.gpsNoise;
            dropouts = s.dropouts;
            fastCooldown = s.fastCooldown;
            hills = s.hills;
            warmupStrides = s.warmupStrides;
            surgeShare = s.surgeShare;
            altitudeNoiseM = s.altitudeNoiseM;
            speedLagS = s.speedLagS;
        }

        public Builder reps(int v) { reps = v; return this; }
        public Builder repSpeeds(List<Double> v) { repSpeedsMps = new ArrayList<>(v); return this; }
        public Builder recovery(RecoveryKind kind, double seconds) { recovery = kind; recoveryS = seconds; return this; }
        public Builder jogSpeed(double v) { jogSpeedMps = v; return this; }
        public Builder easySpeed(double v) { easySpeedMps = v; return this; }
        public Builder warmup(double s) { warmupS = s; return this; }
        public Builder cooldown(double s) { cooldownS = s; return this; }
        public Builder sets(int n, double recoveryBetweenS) { sets = n; setRecoveryS = recoveryBetweenS; return this; }
        public Builder recording(Recording v) { recording = v; return this; }
        public Builder laps(LapMode v) { laps = v; return this; }
        public Builder lapFlags(LapFlags v) { lapFlags = v; return this; }
        public Builder speedChannel(boolean v) { speedChannel = v; return this; }
        public Builder distanceChannel(boolean v) { distanceChannel = v; return this; }
        public Builder heartRate(boolean v) { heartRate = v; return this; }
        public Builder gpsNoise(double v) { gpsNoise = v; return this; }
        public Builder dropouts(boolean v) { dropouts = v; return this; }
        public Builder fastCooldown(boolean v) { fastCooldown = v; return this; }
        public Builder hills(boolean v) { hills = v; return this; }
        public Builder warmupStrides(int n) { warmupStrides = n; return this; }
        public Builder surgeShare(double share) { surgeShare = share; return this; }
        public Builder altitudeNoise(double sigmaM) { altitudeNoiseM = sigmaM; return this; }
        public Builder speedLag(double delayS) { speedLagS = delayS; return this; }

        public Spec build() {
            return new Spec(reps, repDistanceM, repDurationS, repSpeedsMps, recovery, recoveryS, jogSpeedMps,
                    easySpeedMps, warmupS, cooldownS, sets, setRecoveryS, recording, laps, lapFlags, speedChannel,
                    distanceChannel, heartRate, gpsNoise, dropouts, fastCooldown, hills, warmupStrides, surgeShare,
                    altitudeNoiseM, speedLagS);
        }
    }
}
