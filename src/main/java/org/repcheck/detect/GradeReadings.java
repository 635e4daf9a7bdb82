package org.repcheck.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of a run's two readings to believe when its speed does not follow its 30 s grade ({@link GradeResponse}):
 * the first with the grade over ±{@link Grades#HALF_S} s, as every run is read; the second over
 * ±{@link Grades#LONG_HALF_S} s, which a GPS chip's altitude wander (about 40 s) can hardly move.
 *
 * <ul>
 * <li>The second finds reps and the first none, or only a block while the second's reps share a size (a set of
 * long reps read as one block), or it keeps nearly all of the first's rep time
 * ({@link #MIN_COVER}) with reps that share a distance or duration more closely (the wander chopped a rep into
 * unequal pieces, which the second joins) or with all of the first's reps and more of the same size (the wander hid
 * some), or it finds strides where the first found reps no faster on the ground than the running around them
 * (the wander's minute-long "reps" round a few of the strides): the second.</li>
 * <li>The first finds reps and the second nothing: none, unless the reps are clearly faster on the ground
 * ({@link SignalEvidence#clearOnTheGround}). Reps of a minute or two that only a wandering grade shows are the
 * wander's. A sustained block (eight minutes or more) outlasts the wander, and strides are each 1.5 × the
 * ground speed around them: those stay.</li>
 * <li>Otherwise the first.</li>
 * </ul>
 * A run whose speed does follow its grade is read the second way only when the first finds nothing, and that
 * reading is kept only for reps that share a size, or for a session of strides: hills and a GPS chip's wander
 * together can hide a set, and can stretch one stride past {@link Strides#MAX_S} (every bout must be a stride, so
 * one stretched to 46 s lost all seven of a realistic generated strides session on hills).
 */
final class GradeReadings {
    private GradeReadings() {
    }

    /** What one reading found. */
    enum Found { NONE, REPS, STRIDES, BLOCK }

    /** One reading of the run: what it found, its spans, and the notes it gave. */
    record Reading(Found found, List<RepSpan> spans, List<String> notes) {
        Reading {
            spans = List.copyOf(spans);
            notes = List.copyOf(notes);
        }
    }

    /**
     * The second reading may join the pieces of a chopped rep and leave out a stray bout, but must keep this much of
     * the first reading's rep time (the realistic generated mix scores the same from 0.7 to 0.85).
     */
    static final double MIN_COVER = 0.85;

    /**
     * The reading to keep, with a note first when it is not simply the first.
     *
     * @param ignored whether the run's speed ignores its 30 s grade ({@link GradeResponse}); when it follows it, the
     *                second reading is asked for only where the first found nothing, and kept only when it finds
     *                reps that share a size or strides (hills and a GPS chip's wander together can hide a set from
     *                the first)
     */
    static Reading choose(Track track, Reading first, Reading second, boolean ignored) {
        if (!ignored) {
            boolean set = first.found() == Found.NONE && (second.found() == Found.REPS
                    && SignalEvidence.structured(track, second.spans()) || second.found() == Found.STRIDES);
            return set ? withNote(second, "signal: the reps show with the grade taken over two minutes (over 30 s "
                    + "the altitude's wander hid them)") : first;
        }
        if (second.found() == Found.NONE) {
            if (first.found() != Found.REPS || SignalEvidence.clearOnTheGround(track, first.spans())) {
                return first;
            }
            return withNote(second, "signal: the reps the 30 s grade shows are not there with the grade over two "
                    + "minutes: the altitude's wander (GPS altitude, no barometer?), not reps");
        }
        boolean better = first.found() == Found.NONE
                || first.found() == Found.BLOCK && second.found() == Found.REPS
                && SignalEvidence.sharesSize(track, second.spans())
                || second.found() == Found.STRIDES && first.found() == Found.REPS
                && !SignalEvidence.clearOnTheGround(track, first.spans())
                || second.found() == first.found() && covered(first.spans(), second.spans()) >= MIN_COVER
                && (sizeSpread(track, second.spans()) < sizeSpread(track, first.spans())
                || addsReps(track, first.spans(), second.spans()));
        if (!better) {
            return first;
        }
        return withNote(second, "signal: the speed does not follow the altitude's 30 s grade (GPS altitude, no "
                + "barometer?): the grade is taken over two minutes");
    }

    /**
     * The run read on the ground speed alone ({@code flat}), when it finds a session of strides with more strides
     * than {@code chosen} has reps (or strides) and holding every one of them; else {@code chosen}. Asked only of a
     * run whose speed ignores its 30 s grade: there the altitude is a GPS chip's wander, and over a 15-25 s stride a
     * wander of a few metres reads as a steep grade, which stretched some strides past 25 s into "reps", or past
     * {@link Strides#MAX_S}, and hid the rest (on the generated strides sessions with GPS altitude, dev seeds 30000
     * and 50000 on: 14 sessions found whole this way, none lost). A stride is a stride on the ground:
     * {@link Strides} checks each against the ground speed around it. Reps read on the ground were not taken: they
     * gained two strides sessions and lost three interval sessions on hills.
     */
    static Reading orStridesOnTheGround(Reading chosen, Reading flat) {
        boolean more = flat.found() == Found.STRIDES && flat.spans().size() > chosen.spans().size()
                && chosen.spans().stream().allMatch(r -> flat.spans().stream().anyMatch(x -> x.overlapS(r) > 0));
        return more ? withNote(flat, "signal: the speed does not follow the altitude's grade (GPS altitude, no "
                + "barometer?): the strides are read on the ground speed") : chosen;
    }

    /**
     * Whether {@code second} holds {@code first}'s reps and more of the same set: it splits none of them (each
     * overlaps exactly one of its reps), and every rep it adds shares their distance or duration within
     * {@link SignalEvidence#SIZE_SPREAD} of their median.
     */
    private static boolean addsReps(Track track, List<RepSpan> first, List<RepSpan> second) {
        if (second.size() <= first.size()) {
            return false;
        }
        for (RepSpan f : first) {
            if (second.stream().filter(r -> f.overlapS(r) > 0).count() != 1) {
                return false;
            }
        }
        double[] dist = first.stream().mapToDouble(r -> track.distance(r.startS(), r.endS())).toArray();
        double[] dur = first.stream().mapToDouble(r -> r.endS() - r.startS()).toArray();
        double medDist = org.repcheck.model.Median.of(dist);
        double medDur = org.repcheck.model.Median.of(dur);
        return second.stream()
                .filter(r -> first.stream().noneMatch(f -> f.overlapS(r) > 0))
                .allMatch(r -> SignalEvidence.nearSize(track.distance(r.startS(), r.endS()), medDist)
                        || SignalEvidence.nearSize(r.endS() - r.startS(), medDur));
    }

    private static Reading withNote(Reading r, String note) {
        List<String> notes = new ArrayList<>();
        notes.add(note);
        notes.addAll(r.notes());
        return new Reading(r.found(), r.spans(), notes);
    }

    /** How far the reps' distances, or their durations, whichever agree better, spread about their median. */
    private static double sizeSpread(Track track, List<RepSpan> reps) {
        double[] dist = new double[reps.size()];
        double[] dur = new double[reps.size()];
        for (int i = 0; i < dist.length; i++) {
            RepSpan r = reps.get(i);
            dist[i] = track.distance(r.startS(), r.endS());
            dur[i] = r.endS() - r.startS();
        }
        return Math.min(RepAssembler.relativeSpread(dist), RepAssembler.relativeSpread(dur));
    }

    /** The share of {@code reps}' time that lies inside {@code by}'s reps. */
    private static double covered(List<RepSpan> reps, List<RepSpan> by) {
        double total = 0;
        double inside = 0;
        for (RepSpan r : reps) {
            total += r.endS() - r.startS();
            for (RepSpan b : by) {
                inside += r.overlapS(b);
            }
        }
        return total > 0 ? inside / total : 0;
    }
}
