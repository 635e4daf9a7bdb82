package org.repcheck.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.repcheck.report.JsonReport;
import org.repcheck.targets.TargetException;
import org.repcheck.targets.TargetPlan;
import org.repcheck.targets.TargetTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "targets", description = "The pace band for each rep distance that your time trials set.")
final class TargetsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TargetArgs targets = new TargetArgs();

    @Mixin
    UnitsOption units = new UnitsOption();

    @Option(names = "--json", description = "Print JSON (paces in s/km).")
    boolean json;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Use the time trials in force on this date (default: today).")
    LocalDate date;

    @Override
    public Integer call() {
        if (!targets.given()) {
            throw new UsageException("targets needs a time trial: --tt 5k=20:00, --tt-file FILE or --profile athlete.yaml");
        }
        TargetPlan plan = targets.plan(Optional.empty());
        TargetTable table;
        try {
            // today on the runner's clock (docs/science.md §9), which picks the TT in force
            LocalDate today = LocalDate.now(plan.timezone().orElse(ZoneId.systemDefault()));
            table = TargetTable.of(plan, Optional.of(date != null ? date : today));
        } catch (TargetException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? JsonReport.pretty(TargetsOutput.json(table)) : TargetsOutput.text(table, units.units()));
        out.flush();
        return ExitCode.OK;
    }
}
