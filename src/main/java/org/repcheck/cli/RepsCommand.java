package org.repcheck.cli;

import java.util.ArrayList;
import java.util.List;
import org.repcheck.batch.Input;
import org.repcheck.batch.Pipeline;
import org.repcheck.io.ReadException;
import org.repcheck.model.Activity;
import org.repcheck.model.Session;
import org.repcheck.report.JsonReport;
import org.repcheck.report.TextReport;
import org.repcheck.targets.TargetPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reps", description = "The reps and recoveries found in each file, with the distance each rep is judged on.")
final class RepsCommand extends FileCommand {
    @Mixin
    DetectOption detect = new DetectOption();

    @Mixin
    SportOption sport = new SportOption();

    @Mixin
    UnitsOption units = new UnitsOption();

    private Pipeline pipeline;

    @Override
    void prepare() {
        pipeline = new Pipeline(detect.mode(), TargetPlan.none("coach"), sport.sport());
    }

    @Override
    FileReport report(Input input) {
        try {
            Activity a = pipeline.read(input);
            Session s = pipeline.detect(a);
            List<String> err = new ArrayList<>();
            a.warnings().forEach(w -> err.add(input.name() + ": " + w));
            return new FileReport(JsonReport.reps(s), TextReport.reps(s, units.units()), err, false, 0);
        } catch (ReadException e) {
            return new FileReport(JsonReport.error(input.name(), e.reason()),
                    TextReport.error(input.name(), e.reason()), List.of(e.getMessage()), true, 0);
        }
    }
}
