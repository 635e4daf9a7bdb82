package org.repcheck.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.repcheck.model.Activity;
import org.repcheck.model.Lap;
import org.repcheck.model.Rep;
import org.repcheck.model.RepSource;
import org.repcheck.model.Session;
import org.repcheck.model.TimeRange;

/**
 * Finds the reps of an activity. AUTO takes the best evidence there is: the structured workout the watch ran, else
 * the device laps when their paces show work and recovery, else the speed signal. A forced mode uses its one level
 * and, when that finds nothing, says why in the session's notes rather than falling back.
 *
 * <p>Thread-safe and stateless: one instance may serve a whole parallel batch.
 */
public final class RepDetector {
    private final Optional<String> sport;

    /** A detector that takes each file's sport from the file, or infers it when the file does not say. */
    public RepDetector() {
        this(Optional.empty());
    }

    /** A detector that sets every file's sport to {@code sport} when present ({@code --sport running}). */
    public RepDetector(Optional<String> sport) {
        this.sport = sport;
    }

    public Session detect(Activity given, DetectMode mode) {
        List<String> notes = new ArrayList<>();
        Optional<Track> track = Track.of(given, why -> notes.add(why));
        if (track.isEmpty()) {
            return new Session(given, RepSource.NONE, List.of(), List.of(), notes);
        }
        Track t = track.get();
        Activity activity = SportInference.resolve(given, t, sport, notes);
        RunningRanges running = RunningRanges.of(activity);
        List<RepSource> levels = switch (mode) {
            case AUTO -> List.of(RepSource.WORKOUT, RepSource.LAPS, RepSource.SIGNAL);
            case WORKOUT -> List.of(RepSource.WORKOUT);
            case LAPS -> List.of(RepSource.LAPS);
            case SIGNAL -> List.of(RepSource.SIGNAL);
        };
        for (RepSource level : levels) {
            Optional<List<RepSpan>> found = switch (level) {
                case WORKOUT -> WorkoutStepReps.find(activity, notes);
                case LAPS -> running.isEmpty() ? skip(notes, "laps: " + running.why())
                        : fromLaps(t, AutoLaps.joinedWhereThePaceRunsOn(t, activity.laps(), notes), running, notes);
                case SIGNAL -> running.isEmpty() ? skip(notes, "signal: " + running.why())
                        : Optional.of(SignalSegmenter.find(t, running, notes));
                case NONE -> Optional.empty();
            };
            if (found.isEmpty()) {
                continue;
            }
            List<RepSpan> spans = found.get();
            if (spans.isEmpty()) {
                // The level's evidence says there are no reps (a steady run on a plan):
                // a weaker level must not invent them.
                return new Session(activity, RepSource.NONE, List.of(), List.of(), notes);
            }
            RepAssembler.Result r = RepAssembler.assemble(t, spans);
            notePositionGaps(t, r.reps(), notes);
            // Notes from levels that were tried and passed over explain the choice; keep them.
            return new Session(activity, level, r.reps(), r.recoveries(), notes);
        }
        return new Session(activity, RepSource.NONE, List.of(), List.of(), notes);
    }

    /**
     * Each rep that crosses a stretch without GPS positions gets a note saying where: its distance there is the
     * watch's estimate (a held or wrist-based distance), or a straight line between the fixes either side.
     */
    private static void notePositionGaps(Track track, List<Rep> reps, List<String> notes) {
        for (TimeRange g : track.positionGaps) {
            for (Rep r : reps) {
                if (g.startS() < r.endS() && g.endS() > r.startS()) {
                    notes.add(String.format(Locale.ROOT, "rep %d: the GPS had no position for %.0f s from %s, so "
                            + "its distance there is not the GPS's", r.index(), g.endS() - g.startS(),
                            SignalSegmenter.clock(g.startS())));
                }
            }
        }
    }

    /**
     * The reps the laps hold: pressed at one edge of each rep only ({@link RepEdgeLaps}), or read by their paces
     * ({@link LapClassifier}) and mended where a press was forgotten ({@link MissedPresses}).
     */
    private static Optional<List<RepSpan>> fromLaps(Track t, List<Lap> laps, RunningRanges running,
                                                    List<String> notes) {
        return RepEdgeLaps.find(t, laps, notes)
                .or(() -> LapClassifier.find(t, laps, running, notes).map(reps -> MissedPresses.added(t, laps, reps,
                        notes)));
    }

    private static Optional<List<RepSpan>> skip(List<String> notes, String why) {
        notes.add(why);
        return Optional.empty();
    }
}
