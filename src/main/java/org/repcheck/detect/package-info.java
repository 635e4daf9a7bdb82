/**
 * Finding reps: {@link org.repcheck.detect.RepDetector} turns a {@code model.Activity} into a
 * {@code model.Session}.
 *
 * <p>Shape: one resampled {@code Track} (1 s grid of cumulative distance, Doppler-speed distance, altitude, HR and
 * a paused mask, all primitive arrays) is built per activity. Three levels find rep time spans on it —
 * {@code WorkoutStepReps} (laps joined to workout steps), {@code LapClassifier} (device laps judged on their own
 * paces) and {@code SignalSegmenter} (the speed signal) — and {@code RepAssembler} measures every level's spans the
 * same way: distance basis (workout step, {@link org.repcheck.detect.DistanceSnapper snapped}, measured), time-based
 * recognition ({@code DurationRounder}), HR, and the recoveries between reps. {@code RunningRanges} keeps laps and
 * signal inside the running parts of an activity.
 *
 * <p>Every threshold here was set against seeded generated sessions with known truth
 * ({@code src/test/java/org/repcheck/synth}, scored by {@code SignalDetectionScoreTest}) and checked against the
 * real corpus files' lap tables; the comment on each says which failure it prevents.
 */
package org.repcheck.detect;
