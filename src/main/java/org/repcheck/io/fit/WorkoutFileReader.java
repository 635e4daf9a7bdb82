package org.repcheck.io.fit;

import com.garmin.fit.Decode;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Fit;
import com.garmin.fit.Mesg;
import com.garmin.fit.MesgNum;
import com.garmin.fit.WktStepDuration;
import com.garmin.fit.WktStepTarget;
import com.garmin.fit.WorkoutMesg;
import com.garmin.fit.WorkoutStepMesg;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.repcheck.io.ReadException;
import org.repcheck.model.PlanNode;
import org.repcheck.model.PlannedWorkout;
import org.repcheck.model.SpeedRange;
import org.repcheck.model.StepLength;

/**
 * Reads FIT workout files (file_id type workout: what {@link WorkoutFileWriter} writes, and what Garmin Connect
 * exports) back into a {@link PlannedWorkout}: the flat, indexed steps regrouped into the tree of repeats they
 * encode. A repeat step at index i pointing back at step j wraps every step from j up to i — repeats nest.
 * Stateless and thread-safe.
 */
public final class WorkoutFileReader {
    /** The file_id comes first in every FIT file; this many data bytes always hold it. */
    private static final int FILE_ID_WITHIN = 512;

    /** A workout and what was odd about its file (a bad CRC, a step of a kind repcheck does not plan). */
    public record WorkoutFile(PlannedWorkout workout, List<String> warnings) {
        public WorkoutFile {
            warnings = List.copyOf(warnings);
        }
    }

    private WorkoutFileReader() {
    }

    /** True when the bytes are a FIT file whose file_id says workout (decodes only the file's first bytes). */
    public static boolean isWorkoutFile(byte[] bytes) {
        FitFraming framing = FitFraming.of(bytes);
        if (framing.parts().isEmpty()) {
            return false;
        }
        FitPart part = framing.parts().get(0);
        Decode decode = new Decode();
        decode.skipHeader();
        try {
            for (int i = part.dataStart(); i < Math.min(part.dataEnd(), part.dataStart() + FILE_ID_WITHIN); i++) {
                if (decode.read(bytes[i]) == Decode.RETURN.MESG && decode.getMesg().getNum() == MesgNum.FILE_ID) {
                    Short type = decode.getMesg().getFieldShortValue(FileIdMesg.TypeFieldNum, 0,
                            Fit.SUBFIELD_INDEX_MAIN_FIELD);
                    return type != null && type == com.garmin.fit.File.WORKOUT.getValue();
                }
            }
        } catch (RuntimeException e) {
            return false;
        }
        return false;
    }

    public static WorkoutFile read(String name, byte[] bytes) throws ReadException {
        try {
            return readUnguarded(name, bytes);
        } catch (RuntimeException | StackOverflowError e) {
            // The boundary promise FitReader makes too: whatever the bytes, a ReadException, never a stack trace.
            throw new ReadException(name, "unreadable FIT workout data (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static WorkoutFile readUnguarded(String name, byte[] bytes) throws ReadException {
        FitFraming framing = FitFraming.of(bytes);
        if (framing.parts().isEmpty()) {
            throw new ReadException(name, "not a FIT file (no valid FIT header)");
        }
        Collected c = new Collected();
        PartDecoder.Outcome outcome = PartDecoder.decode(bytes, framing.parts().get(0), c::accept);
        List<String> warnings = new ArrayList<>(framing.warnings());
        if (outcome.failed()) {
            warnings.add(outcome.reason() + " at byte " + outcome.failedAt() + "; the steps after it are lost");
        }
        if (!c.fileType.equals("workout")) {
            throw new ReadException(name, "not a workout file (file type: " + (c.fileType.isEmpty() ? "none"
                    : c.fileType) + ")");
        }
        List<PlanNode> steps = tree(c.steps, warnings);
        return new WorkoutFile(new PlannedWorkout(c.name, c.sport, steps), warnings);
    }

    /** What the messages of a workout file say, as they arrive. */
    private static final class Collected {
        String fileType = "";
        String name = "";
        String sport = "";
        final List<WorkoutStepMesg> steps = new ArrayList<>();

        void accept(Mesg m) {
            switch (m.getNum()) {
                case MesgNum.FILE_ID -> fileType = FitNames.fileType(
                        m.getFieldShortValue(FileIdMesg.TypeFieldNum, 0, Fit.SUBFIELD_INDEX_MAIN_FIELD));
                case MesgNum.WORKOUT -> {
                    WorkoutMesg w = new WorkoutMesg(m);
                    name = Optional.ofNullable(w.getWktName()).orElse("").trim();
                    sport = FitNames.sport(w.getFieldShortValue(WorkoutMesg.SportFieldNum, 0,
                            Fit.SUBFIELD_INDEX_MAIN_FIELD));
                }
                case MesgNum.WORKOUT_STEP -> steps.add(new WorkoutStepMesg(m));
                default -> {
                    // Nothing else in a workout file shapes the steps.
                }
            }
        }
    }

    /** A node and the flat index of its first step. */
    private record Placed(int firstIndex, PlanNode node) {
    }

    private static List<PlanNode> tree(List<WorkoutStepMesg> flat, List<String> warnings) {
        Deque<Placed> stack = new ArrayDeque<>();
        for (int i = 0; i < flat.size(); i++) {
            WorkoutStepMesg m = flat.get(i);
            WktStepDuration type = m.getDurationType();
            if (type != null && type.name().startsWith("REPEAT_UNTIL")) {
                long from = Optional.ofNullable(m.getDurationStep()).orElse((long) i);
                List<PlanNode> body = new ArrayList<>();
                int first = i;
                while (!stack.isEmpty() && stack.peek().firstIndex() >= from) {
                    Placed p = stack.pop();
                    body.add(0, p.node());
                    first = p.firstIndex();
                }
                long count = type == WktStepDuration.REPEAT_UNTIL_STEPS_CMPLT
                        ? Optional.ofNullable(m.getRepeatSteps()).orElse(1L) : 1L;
                if (body.isEmpty() || count < 1) {
                    warnings.add("workout step " + i + " repeats nothing (from step " + from + "); ignored");
                    continue;
                }
                if (type != WktStepDuration.REPEAT_UNTIL_STEPS_CMPLT) {
                    warnings.add("workout step " + i + " repeats until a condition (" + FitNames.snake(type.name())
                            + "), shown as once");
                }
                stack.push(new Placed(first, new PlanNode.Repeat((int) Math.min(count, Integer.MAX_VALUE), body)));
            } else {
                try {
                    stack.push(new Placed(i, step(m, i, warnings)));
                } catch (RuntimeException e) {
                    // A field of the wrong shape (damage): this step is lost, the others still make the workout.
                    warnings.add("workout step " + i + " is malformed (" + e.getClass().getSimpleName() + "); skipped");
                }
            }
        }
        List<PlanNode> out = new ArrayList<>();
        stack.descendingIterator().forEachRemaining(p -> out.add(p.node()));
        return out;
    }

    private static PlanNode.Step step(WorkoutStepMesg m, int i, List<String> warnings) {
        String name = Optional.ofNullable(m.getWktStepName()).orElse("").trim();
        WktStepDuration type = m.getDurationType();
        StepLength length = StepLength.OPEN;
        // Raw values over the profile's scale (cm, ms): the decimal the file holds, not a float's neighbour of it.
        if (type == WktStepDuration.DISTANCE && positive(m.getDurationValue())) {
            length = StepLength.metres(m.getDurationValue() / 100.0);
        } else if (type == WktStepDuration.TIME && positive(m.getDurationValue())) {
            length = StepLength.seconds(m.getDurationValue() / 1000.0);
        } else if (type != null && type != WktStepDuration.OPEN) {
            warnings.add("workout step " + i + " ends on " + FitNames.snake(type.name()) + ", shown as open");
        }
        return new PlanNode.Step(name, FitNames.intensity(m.getIntensity()), length, speedTarget(m));
    }

    /** A custom speed range (target_value 0); zones and other targets are not speed ranges. */
    private static Optional<SpeedRange> speedTarget(WorkoutStepMesg m) {
        if (m.getTargetType() != WktStepTarget.SPEED || Optional.ofNullable(m.getTargetValue()).orElse(0L) != 0) {
            return Optional.empty();
        }
        Long low = m.getCustomTargetValueLow();
        Long high = m.getCustomTargetValueHigh();
        if (!positive(low) || !positive(high)) {
            return Optional.empty();
        }
        // mm/s by the profile. Low is the slower edge; a writer that swapped them still means the same range.
        return Optional.of(new SpeedRange(Math.min(low, high) / 1000.0, Math.max(low, high) / 1000.0));
    }

    /** Set and not the uint32 invalid value. */
    private static boolean positive(Long v) {
        return v != null && v > 0 && v < 0xFFFFFFFFL;
    }
}
