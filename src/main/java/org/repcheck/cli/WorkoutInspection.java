package org.repcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.repcheck.batch.Input;
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
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ReadException(input.name(), "cannot read: " + e.getMessage());
        }
        if (!WorkoutFileReader.isWorkoutFile(bytes)) {
            return Optional.empty();
        }
        WorkoutFileReader.WorkoutFile w = WorkoutFileReader.read(input.name(), bytes);
        List<String> err = w.warnings().stream().map(x -> input.name() + ": " + x).toList();
        return Optional.of(new FileReport(WorkoutReport.inspect(input.name(), w.workout(), w.warnings()),
                WorkoutReport.inspectText(input.name(), w.workout(), units), err, false, 0));
    }
}
