/**
 * Finding reps: {@link org.repcheck.detect.RepDetector} turns a {@code model.Activity} into a
 * {@code model.Session}.
 *
 * <p>Shape: one resampled {@code Track} (1 s grid of cumulative distance, Doppler-speed distance, altitude, HR and
 * a paused mask, all primitive arrays) is read per activity by {@code TrackReader}, which takes the lag out of a
 * watch's speed channel. Three levels find rep time spans on it —
 * {@code WorkoutStepReps} (laps joined to workout steps), {@code LapClassifier} (device laps judged on their own
 * paces) and {@code SignalSegmenter} (the speed signal) — and {@code RepAssembler} measures every level's spans the
 * same way: distance basis (workout step, {@link org.repcheck.detect.DistanceSnapper snapped}, measured), time-based
 * recognition ({@code DurationRounder}), HR, and the recoveries between reps. {@code RunningRanges} keeps laps and
 * signal inside the running parts of an activity.
 *
 * <p>Each level decides on evidence and hands on when it has none: {@code WorkoutStepReps} reads the plan's repeat
 * structure ({@code PlanStructure}), not its intensity flags. The laps are read with the watch's auto-laps joined
 * back where the runner also pressed the key and the pace runs on across them ({@code AutoLaps}); then
 * {@code RepEdgeLaps} reads laps pressed only as each rep starts or only as it ends (every lap after the first
 * opens fast, or every lap before the last closes fast: the press is one edge, the pace change the other), before
 * lap paces are compared, since stood recoveries make those mislead;
 * {@code LapClassifier} reads reps from a pace gap between laps when the fast laps are a set, and a plan from laps
 * alone when work and recovery laps come in turn ({@code RepeatedLaps}: a workout file that lost its steps);
 * {@code MissedPresses} finds a rep whose press was forgotten inside the lap that also holds its recovery (it and
 * {@code RepEdgeLaps} read a lap as two paces, {@code LapSplit}); laps of one pace, and laps the watch closed at
 * fixed points by distance or by time ({@code AutoLaps}), go to the signal.
 *
 * <p>On the signal, {@code SignalEvidence} decides whether the fast bouts are reps (shared sizes, or clearly faster
 * than the session's other running with slower recoveries between) or one sustained block (a tempo, a fast finish),
 * with heart rate as the second witness (reps and blocks raise it; a hilly run's descents do not); {@code OddBouts}
 * leaves out the bouts that are not of the set (warm-up strides, and those easy running rather than a recovery parts
 * from the set, slow surges, surges far off the set's ends, but not a ladder's last step, {@code Ladder}, nor the
 * set's next rep after one the signal lost) and
 * {@code SustainedParts} gives a surging rep back the settled part a trim took; {@code Strides} finds a session of
 * 15-30 s strides, cut from the warm-up they were glued to, their edges fitted on one window round each crossing
 * ({@code BreakpointFit.Windows}) and, on hills, in the run's fast class split again; where
 * the speed ignores the altitude's grade (a GPS chip's wander), on the ground speed ({@code GradeReadings}).
 * {@code SustainedBlock} gives one tempo block, whole where its bouts break ({@code BlockFit}). A
 * level's "no reps" (a workout's single steady step) ends the cascade. {@code SportInference} judges a file that
 * names no sport as a run when its speeds are a runner's.
 *
 * <p>Every threshold here was set against seeded generated sessions with known truth
 * ({@code src/test/java/org/repcheck/synth}, scored by {@code SignalDetectionScoreTest}) and decided on the 53 real
 * sessions of ../shared/corpus/reps ({@code RealSessionScoreTest}, with each lapless rule pinned on its real file in
 * {@code LaplessSignalRulesTest}); the comment on each says which failure it prevents. The realistic generated mix
 * ({@code SessionGenerator.realisticSpec}) scores below the first one, as the real sessions do.
 */
package org.repcheck.detect;
