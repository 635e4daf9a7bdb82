package org.repcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.repcheck.batch.AtomicFiles;
import org.repcheck.io.fit.WorkoutFileWriter;
import org.repcheck.model.StepLength;
import org.repcheck.plan.BandsInForce;
import org.repcheck.plan.PlanOptions;
import org.repcheck.plan.SessionParser;
import org.repcheck.plan.SessionSpec;
import org.repcheck.plan.SessionSyntaxException;
import org.repcheck.plan.WorkoutBuilder;
import org.repcheck.plan.WorkoutPlan;
import org.repcheck.report.JsonReport;
import org.repcheck.targets.TargetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "plan", description = {
        "The next session as a FIT workout file for your watch, each rep with the pace band your time trial sets.",
        "SESSION: 6x400m/200m, 5x1k/90s, 8x1min/2min, 3x(4x400m/200m)/4min, 1600m,1200m,800m,400m/400m."})
final class PlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SESSION", description = "The session, written the way runners write it.")
    String session;

    @Mixin
    TargetArgs targets = new TargetArgs();

    @Mixin
    UnitsOption units = new UnitsOption();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.fit", description = "Write the workout file here.")
    Path output;

    @Option(names = "--warmup", paramLabel = "D|T", defaultValue = "open",
            description = "Warm-up: a distance (2k) or time (15min), 'open' until the lap button (default), or 'none'.")
    String warmup;

    @Option(names = "--cooldown", paramLabel = "D|T", defaultValue = "open",
            description = "Cool-down, as --warmup.")
    String cooldown;

    @Option(names = "--alert-margin", paramLabel = "S", defaultValue = "0",
            description = "Widen each rep's pace range by S seconds per km on both edges, so the watch beeps less.")
    double alertMargin;

    @Option(names = "--name", paramLabel = "NAME", description = "The workout's name on the watch (default: SESSION).")
    String name;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Use the time trials in force on this date (default: today).")
    LocalDate date;

    @Option(names = "--json", description = "Print the plan as JSON (paces in s/km, speeds in m/s).")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (!targets.given()) {
            throw new UsageException("plan needs a time trial for its targets: --tt 5k=20:00, --tt-file FILE or "
                    + "--profile athlete.yaml");
        }
        if (!(alertMargin >= 0 && alertMargin <= 60)) {
            throw new UsageException("--alert-margin " + alertMargin + ": give 0 to 60 seconds per km");
        }
        SessionSpec parsed = parse(session);
        WorkoutPlan plan;
        try {
            BandsInForce bands = BandsInForce.of(targets.plan(Optional.empty()),
                    Optional.of(date != null ? date : LocalDate.now(ZoneOffset.UTC)));
            plan = WorkoutBuilder.build(parsed, bands, new PlanOptions(name == null ? "" : name,
                    around("--warmup", warmup), around("--cooldown", cooldown), alertMargin));
        } catch (TargetException e) {
            throw new UsageException(e.getMessage());
        }
        Optional<Path> written = Optional.ofNullable(output);
        if (output != null) {
            AtomicFiles.write(output, WorkoutFileWriter.write(plan.workout(), Instant.now()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonReport.pretty(PlanOutput.json(plan, written)));
        } else {
            out.print(PlanOutput.text(plan, written, units.units()));
        }
        out.flush();
        return ExitCode.OK;
    }

    private static SessionSpec parse(String text) {
        try {
            return SessionParser.parse(text);
        } catch (SessionSyntaxException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** --warmup / --cooldown: none, open, or a length. */
    private static Optional<StepLength> around(String option, String value) {
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (v.equals("none")) {
            return Optional.empty();
        }
        if (v.equals("open") || v.equals("lap")) {
            return Optional.of(StepLength.OPEN);
        }
        try {
            return Optional.of(SessionParser.length(v));
        } catch (SessionSyntaxException e) {
            throw new UsageException(option + " " + e.getMessage().replaceFirst("^session ", "")
                    + "; or say open or none");
        }
    }
}
