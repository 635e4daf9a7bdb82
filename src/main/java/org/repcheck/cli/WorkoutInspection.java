package org.repcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.repcheck.batch.Failures;
import org.repcheck.batch.Input;
import org.repcheck.io.ReadLimits;
import org.repcheck.io.ReadException;
import org.repcheck.io.fit.WorkoutFileReader;
import org.repcheck.report.Units;
import org.repcheck.report.WorkoutReport;

/**
 * {@code inspect} on a FIT workout file (what {@code plan} writes): its steps and targets instead of the
 * "not an activity" error an activity reader has to give.
 */
final class WorkoutInspection {
    private WorkoutInspection() {
    }

    /** The report for a workout file; empty for anything else, which the activity path then reads. */
    static Optional<FileReport> of(Input input, Units units) throws ReadException {
        byte[] bytes;
        try (InputStream in = input.open()) {
            // A workout file is a few hundred bytes; past the FIT budget it is not one, and the activity path
            // (with its own limits) says what it is — so a huge or endless input is never read out here.
            bytes = in.readNBytes((int) ReadLimits.MAX_FIT_BYTES + 1);
        } catch (Input.Refused e) {
            throw new ReadException(input.name(), e.getMessage());
        } catch (IOException e) {
            throw new ReadException(input.name(), "cannot read: " + Failures.describe(e));
        }
        if (bytes.length > ReadLimits.MAX_FIT_BYTES || !WorkoutFileReader.isWorkoutFile(bytes)) {
            return Optional.empty();
        }
        WorkoutFileReader.WorkoutFile w = WorkoutFileReader.read(input.name(), bytes);
        List<String> err = w.warnings().stream().map(x -> input.name() + ": " + x).toList();
        return Optional.of(new FileReport(WorkoutReport.inspect(input.name(), w.workout(), w.warnings()),
                WorkoutReport.inspectText(input.name(), w.workout(), units), err, false, 0));
    }
}
