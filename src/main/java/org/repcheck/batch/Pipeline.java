package org.repcheck.batch;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.zip.CheckedInputStream;
import java.util.zip.Checksum;
import org.repcheck.assess.Assessor;
import org.repcheck.detect.DetectMode;
import org.repcheck.detect.RepDetector;
import org.repcheck.io.ReadException;
import org.repcheck.io.Readers;
import org.repcheck.model.Activity;
import org.repcheck.model.Analysis;
import org.repcheck.model.Session;
import org.repcheck.report.ActivityId;
import org.repcheck.model.TimeTrial;
import org.repcheck.targets.TargetPlan;
import org.repcheck.targets.TimeTrials;

/**
 * The per-file pipeline — read, find reps, judge — on one input, isolated: whatever the file holds, the result is
 * an {@link Outcome}, never an exception, so one bad file cannot stop a batch. Thread-safe.
 */
public final class Pipeline {
    private final Readers readers = new Readers();
    private final RepDetector detector;
    private final DetectMode mode;
    private final TargetPlan plan;
    private final Optional<String> sport;

    public Pipeline(DetectMode mode, TargetPlan plan) {
        this(mode, plan, Optional.empty());
    }

    /** With {@code sport} present, every input is taken as that sport ({@code --sport}). */
    public Pipeline(DetectMode mode, TargetPlan plan, Optional<String> sport) {
        this.mode = mode;
        this.plan = plan;
        this.sport = sport;
        this.detector = new RepDetector(sport);
    }

    /** The targets every file is judged against (the next session's alerts come from them too). */
    public TargetPlan plan() {
        return plan;
    }

    public Activity read(Input input) throws ReadException {
        try (InputStream in = input.open()) {
            return readers.read(input.name(), in);
        } catch (Input.Refused e) {
            throw new ReadException(input.name(), e.getMessage());
        } catch (IOException e) {
            throw new ReadException(input.name(), "cannot read: " + Failures.describe(e));
        }
    }

    public Session detect(Activity activity) {
        return detector.detect(activity, mode);
    }

    /**
     * Reads, detects and judges one input. Every failure of any stage — including running out of memory or
     * stack on one pathological file — becomes that input's error, in words, naming the stage.
     */
    public Outcome run(Input input) {
        String stage = "reading";
        try {
            Checksum digest = ActivityId.newContentHash();
            Activity activity;
            try (InputStream in = new CheckedInputStream(input.open(), digest)) {
                activity = readers.read(input.name(), in);
                // The id hashes the whole file, also the bytes after the end of the XML a parser stops at —
                // within the read budget: a zip entry that goes on inflating after its XML ends is not read out.
                drain(in, org.repcheck.io.ReadLimits.MAX_FILE_BYTES);
            }
            activity = withListedSport(input, activity);
            stage = "finding its reps";
            Session session = detector.detect(activity, mode);
            stage = "judging its reps";
            Analysis analysis = Assessor.assess(session, plan);
            String id = ActivityId.of(activity.start(), digest);
            return new Outcome(input, Optional.of(analysis), Optional.of(id), Optional.empty());
        } catch (ReadException e) {
            return Outcome.failed(input, e.reason());
        } catch (Input.Refused e) {
            return Outcome.failed(input, e.getMessage());
        } catch (IOException e) {
            return Outcome.failed(input, "cannot read: " + Failures.describe(e));
        } catch (OutOfMemoryError e) {
            return Outcome.failed(input, Failures.outOfMemory(stage));
        } catch (RuntimeException | StackOverflowError e) {
            // A bug of ours on one odd file must not cost the user the rest of the batch; say where it broke.
            return Outcome.failed(input, Failures.internal(stage, e));
        }
    }

    private static void drain(InputStream in, long max) throws IOException {
        byte[] buf = new byte[1 << 16];
        long total = 0;
        for (int n; total < max && (n = in.read(buf)) > 0; ) {
            total += n;
        }
    }

    /**
     * What decides how a workout on the local date {@code date} is found and judged: the detection mode, the forced
     * sport ({@code --sport}: a file taken as a run is judged, one taken as a ride is not), the model and its
     * options, whether any TT is known, the zones that date a file without its own offset (the profile's, the
     * machine's), and the TTs in force on that date — the same {@link TimeTrials#allInForce} the judging uses. A
     * rerun may reuse an earlier analysis only when this is unchanged, so a TT added in June re-judges June's runs
     * and leaves March's alone.
     *
     * @param date the workout's local date ({@code IndexRow.localDate()}); empty for a file without a start
     */
    public String judgingKey(Optional<LocalDate> date) {
        List<TimeTrial> relevant = TimeTrials.allInForce(plan.trials(), date);
        return mode + "|" + sport.orElse("") + "|" + plan.model() + "|" + plan.options() + "|" + plan.hasTrials()
                + "|" + plan.timezone().map(Object::toString).orElse("") + "|" + ZoneId.systemDefault() + "|"
                + relevant;
    }

    /** The sport from the export's listing (Strava's type) when the file itself does not say. */
    static Activity withListedSport(Input input, Activity a) {
        boolean lacking = a.sport().isEmpty() || a.sport().equals("unknown") || a.sport().equals("generic");
        if (!lacking) {
            return a;
        }
        return input.export().flatMap(ExportListing.Entry::sport).map(a::withSport).orElse(a);
    }
}
