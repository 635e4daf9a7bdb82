package org.repcheck.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.repcheck.batch.Input;
import org.repcheck.batch.Pipeline;
import org.repcheck.detect.DetectMode;
import org.repcheck.io.ReadException;
import org.repcheck.model.Activity;
import org.repcheck.report.JsonReport;
import org.repcheck.report.TextReport;
import org.repcheck.targets.TargetPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "inspect", description = "What each file holds: sport, start, duration, distance, samples, laps, workout steps.")
final class InspectCommand extends FileCommand {
    @Mixin
    UnitsOption units = new UnitsOption();

    private final Pipeline pipeline = new Pipeline(DetectMode.AUTO, TargetPlan.none("coach"));

    @Override
    FileReport report(Input input) {
        try {
            Optional<FileReport> workout = WorkoutInspection.of(input, units.units());
            if (workout.isPresent()) {
                return workout.get();
            }
            Activity a = pipeline.read(input);
            List<String> err = new ArrayList<>();
            a.warnings().forEach(w -> err.add(input.name() + ": " + w));
            return new FileReport(JsonReport.inspect(a), TextReport.inspect(a, units.units()), err, false, 0);
        } catch (ReadException e) {
            return new FileReport(JsonReport.inspectError(input.name(), e.reason()),
                    TextReport.error(input.name(), e.reason()), List.of(e.getMessage()), true, 0);
        }
    }
}
