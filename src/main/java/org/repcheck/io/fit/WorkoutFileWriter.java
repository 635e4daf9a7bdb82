package org.repcheck.io.fit;

import com.garmin.fit.BufferEncoder;
import com.garmin.fit.DateTime;
import com.garmin.fit.File;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Fit;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.Sport;
import com.garmin.fit.WktStepDuration;
import com.garmin.fit.WktStepTarget;
import com.garmin.fit.WorkoutMesg;
import com.garmin.fit.WorkoutStepMesg;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.repcheck.model.PlanNode;
import org.repcheck.model.PlannedWorkout;
import org.repcheck.model.SpeedRange;

/**
 * Writes a {@link PlannedWorkout} as a FIT workout file with the Garmin SDK's encoder (docs/science.md §8): file_id of
 * type workout with a serial and time of its own, one workout message, then the steps flattened in order — a repeat
 * becomes its body's steps followed by a {@code repeat_until_steps_cmplt} step pointing back at the body's first
 * step, with the count. Work steps carry a custom speed target (low = the slower edge, high = the faster);
 * steps without a target say {@code open}. Protocol 1.0, which every watch that runs workouts reads.
 * {@link WorkoutFileReader} reads the result back.
 */
public final class WorkoutFileWriter {
    private WorkoutFileWriter() {
    }

    /** The workout as FIT bytes, created at {@code created} (file_id.time_created). */
    public static byte[] write(PlannedWorkout w, Instant created) {
        List<WorkoutStepMesg> steps = new ArrayList<>();
        flatten(w.steps(), steps);
        BufferEncoder enc = new BufferEncoder(Fit.ProtocolVersion.V1_0);
        enc.write(fileId(w, created));
        WorkoutMesg wm = new WorkoutMesg();
        wm.setWktName(w.name());
        wm.setSport(FitWriter.sport(w.sport()));
        wm.setNumValidSteps(steps.size());
        enc.write(wm);
        steps.forEach(enc::write);
        return enc.close();
    }

    private static FileIdMesg fileId(PlannedWorkout w, Instant created) {
        FileIdMesg m = new FileIdMesg();
        m.setType(File.WORKOUT);
        m.setManufacturer(Manufacturer.DEVELOPMENT);
        m.setProduct(0);
        m.setSerialNumber(serial(w, created));
        m.setTimeCreated(new DateTime(FitTime.fromInstant(created)));
        return m;
    }

    /**
     * A serial unique to this workout and moment: watches and Garmin Connect tell workout files apart by
     * serial and time, so two different plans written in the same second must not share one.
     */
    static long serial(PlannedWorkout w, Instant created) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest((w + "@" + created).getBytes(StandardCharsets.UTF_8));
            long s = ((h[0] & 0x7fL) << 24) | ((h[1] & 0xffL) << 16) | ((h[2] & 0xffL) << 8) | (h[3] & 0xffL);
            return s == 0 ? 1 : s;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void flatten(List<PlanNode> nodes, List<WorkoutStepMesg> out) {
        for (PlanNode n : nodes) {
            if (n instanceof PlanNode.Step s) {
                out.add(step(out.size(), s));
            } else if (n instanceof PlanNode.Repeat r) {
                int first = out.size();
                flatten(r.steps(), out);
                WorkoutStepMesg m = new WorkoutStepMesg();
                m.setMessageIndex(out.size());
                m.setDurationType(WktStepDuration.REPEAT_UNTIL_STEPS_CMPLT);
                m.setDurationStep((long) first);
                m.setTargetType(WktStepTarget.OPEN);
                m.setRepeatSteps((long) r.count());
                out.add(m);
            }
        }
    }

    private static WorkoutStepMesg step(int index, PlanNode.Step s) {
        WorkoutStepMesg m = new WorkoutStepMesg();
        m.setMessageIndex(index);
        if (!s.name().isEmpty()) {
            m.setWktStepName(s.name());
        }
        com.garmin.fit.Intensity intensity = FitNames.toSdk(s.intensity());
        if (intensity != null) {
            m.setIntensity(intensity);
        }
        switch (s.length().kind()) {
            case DISTANCE -> {
                m.setDurationType(WktStepDuration.DISTANCE);
                m.setDurationDistance((float) s.length().value());
            }
            case TIME -> {
                m.setDurationType(WktStepDuration.TIME);
                m.setDurationTime((float) s.length().value());
            }
            case OPEN -> m.setDurationType(WktStepDuration.OPEN);
        }
        if (s.target().isPresent()) {
            SpeedRange r = s.target().get();
            m.setTargetType(WktStepTarget.SPEED);
            // target_value 0 says "custom range", not a speed zone.
            m.setTargetValue(0L);
            m.setCustomTargetSpeedLow((float) r.slowMps());
            m.setCustomTargetSpeedHigh((float) r.fastMps());
        } else {
            m.setTargetType(WktStepTarget.OPEN);
        }
        return m;
    }
}
