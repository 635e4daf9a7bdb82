/**
 * Generated running sessions with known truth, for detection scores, sample files, benchmarks and end-to-end
 * tests.
 *
 * <pre>{@code
 * // 6 × 400 m, first three 15 s/km too fast, standing recoveries, manual laps at the reps:
 * double target = Spec.speedForPace(230), tooFast = Spec.speedForPace(215);
 * Spec spec = Spec.distanceReps(6, 400, target).toBuilder()
 *         .repSpeeds(List.of(tooFast, tooFast, tooFast, target, target, target))
 *         .recovery(Spec.RecoveryKind.STAND, 90)
 *         .laps(Spec.LapMode.MANUAL_AT_REPS)
 *         .build();
 * GeneratedSession g = SessionGenerator.intervals(42, spec);
 * g.activity();   // model.Activity: samples, laps, pauses, segments (and workout steps with LapMode.WORKOUT)
 * g.reps();       // the truth: TrueRep start/end s, distance
 *
 * SessionGenerator.randomIntervals(seed);        // the realistic mix the signal score uses
 * SessionGenerator.steady(seed, LapMode.AUTO_KM);  // negatives: steady, progressive, hillyEasy,
 * SessionGenerator.longRunAllLapsInterval(seed);   // long run with every lap flagged interval
 * }</pre>
 *
 * The same seed and spec always give the same activity. {@link org.repcheck.synth.SessionGenerator} documents what
 * is modelled (runner, device noise, laps), which is what the scores mean.
 */
package org.repcheck.synth;
