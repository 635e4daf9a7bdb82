package org.repcheck.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.garmin.fit.Decode;
import com.garmin.fit.File;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Intensity;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.Mesg;
import com.garmin.fit.MesgNum;
import com.garmin.fit.Sport;
import com.garmin.fit.WktStepDuration;
import com.garmin.fit.WktStepTarget;
import com.garmin.fit.WorkoutMesg;
import com.garmin.fit.WorkoutStepMesg;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.repcheck.io.fit.WorkoutFileWriter;
import org.repcheck.model.PlannedWorkout;
import org.repcheck.targets.TargetPlan;
import org.repcheck.targets.TimeTrialSpec;

/**
 * Issue 13, acceptance 1: {@code 6x400m/200m --tt 5k=20:00} as a FIT workout file, decoded by the Garmin SDK
 * itself (not by repcheck's reader) after its integrity check, field by field. The band is docs/science.md §1's
 * 400 m row for a 20:00 5 km: 3:48.0–3:52.0 /km, i.e. 1:31.2–1:32.8 per rep, 4.310–4.386 m/s.
 */
class WorkoutFileAcceptanceTest {
    static final Instant CREATED = Instant.parse("2026-10-05T06:00:00Z");

    static PlannedWorkout plan(String session, String tt) throws Exception {
        TargetPlan targets = new TargetPlan(List.of(TimeTrialSpec.parse(tt)), "coach");
        return WorkoutBuilder.build(SessionParser.parse(session), BandsInForce.of(targets, Optional.empty()),
                PlanOptions.DEFAULTS).workout();
    }

    static List<Mesg> decode(byte[] bytes) {
        assertThat(new Decode().checkFileIntegrity(new ByteArrayInputStream(bytes)))
                .as("the FIT SDK's integrity check (header, size, CRC)").isTrue();
        List<Mesg> out = new ArrayList<>();
        new Decode().read(new ByteArrayInputStream(bytes), out::add);
        return out;
    }

    @Test
    void sixBy400From20Minute5kHoldsWarmUpRepeatOfWorkAndRecoveryAndCoolDown() throws Exception {
        byte[] bytes = WorkoutFileWriter.write(plan("6x400m/200m", "5k=20:00"), CREATED);
        List<Mesg> msgs = decode(bytes);
        assertThat(msgs).extracting(Mesg::getNum).containsExactly(MesgNum.FILE_ID, MesgNum.WORKOUT,
                MesgNum.WORKOUT_STEP, MesgNum.WORKOUT_STEP, MesgNum.WORKOUT_STEP, MesgNum.WORKOUT_STEP,
                MesgNum.WORKOUT_STEP);

        FileIdMesg id = new FileIdMesg(msgs.get(0));
        assertThat(id.getType()).isEqualTo(File.WORKOUT);
        assertThat(id.getManufacturer()).isEqualTo(Manufacturer.DEVELOPMENT);
        assertThat(id.getSerialNumber()).isPositive();
        assertThat(id.getTimeCreated().getDate().toInstant()).isEqualTo(CREATED);

        WorkoutMesg w = new WorkoutMesg(msgs.get(1));
        assertThat(w.getWktName()).isEqualTo("6x400m/200m");
        assertThat(w.getSport()).isEqualTo(Sport.RUNNING);
        assertThat(w.getNumValidSteps()).isEqualTo(5);

        WorkoutStepMesg warm = new WorkoutStepMesg(msgs.get(2));
        assertThat(warm.getMessageIndex()).isEqualTo(0);
        assertThat(warm.getWktStepName()).isEqualTo("Warm up");
        assertThat(warm.getIntensity()).isEqualTo(Intensity.WARMUP);
        assertThat(warm.getDurationType()).isEqualTo(WktStepDuration.OPEN);
        assertThat(warm.getTargetType()).isEqualTo(WktStepTarget.OPEN);

        WorkoutStepMesg work = new WorkoutStepMesg(msgs.get(3));
        assertThat(work.getMessageIndex()).isEqualTo(1);
        assertThat(work.getWktStepName()).isEqualTo("400m");
        assertThat(work.getIntensity()).isEqualTo(Intensity.ACTIVE);
        assertThat(work.getDurationType()).isEqualTo(WktStepDuration.DISTANCE);
        assertThat(work.getDurationValue()).as("duration in cm").isEqualTo(40_000L);
        assertThat(work.getTargetType()).isEqualTo(WktStepTarget.SPEED);
        assertThat(work.getTargetValue()).as("0 = custom range, not a zone").isZero();
        // Raw values are m/s x 1000: low is the slower edge (3:52.0 /km), high the faster (3:48.0 /km).
        assertThat(work.getCustomTargetValueLow()).isEqualTo(4310L);
        assertThat(work.getCustomTargetValueHigh()).isEqualTo(4386L);
        assertThat(400 / (work.getCustomTargetSpeedLow())).as("slow rep time, s").isBetween(92.75f, 92.85f);
        assertThat(400 / (work.getCustomTargetSpeedHigh())).as("fast rep time, s").isBetween(91.15f, 91.25f);

        WorkoutStepMesg rec = new WorkoutStepMesg(msgs.get(4));
        assertThat(rec.getMessageIndex()).isEqualTo(2);
        assertThat(rec.getWktStepName()).isEqualTo("Recover");
        assertThat(rec.getIntensity()).isEqualTo(Intensity.RECOVERY);
        assertThat(rec.getDurationType()).isEqualTo(WktStepDuration.DISTANCE);
        assertThat(rec.getDurationValue()).isEqualTo(20_000L);
        assertThat(rec.getTargetType()).isEqualTo(WktStepTarget.OPEN);

        WorkoutStepMesg repeat = new WorkoutStepMesg(msgs.get(5));
        assertThat(repeat.getMessageIndex()).isEqualTo(3);
        assertThat(repeat.getDurationType()).isEqualTo(WktStepDuration.REPEAT_UNTIL_STEPS_CMPLT);
        assertThat(repeat.getDurationValue()).as("first repeated step").isEqualTo(1L);
        assertThat(repeat.getTargetValue()).as("times in all").isEqualTo(6L);

        WorkoutStepMesg cool = new WorkoutStepMesg(msgs.get(6));
        assertThat(cool.getMessageIndex()).isEqualTo(4);
        assertThat(cool.getWktStepName()).isEqualTo("Cool down");
        assertThat(cool.getIntensity()).isEqualTo(Intensity.COOLDOWN);
        assertThat(cool.getDurationType()).isEqualTo(WktStepDuration.OPEN);
    }
}
