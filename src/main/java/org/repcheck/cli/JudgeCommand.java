package org.repcheck.cli;

import java.util.ArrayList;
import java.util.List;
import org.repcheck.batch.Input;
import org.repcheck.batch.Outcome;
import org.repcheck.model.Analysis;
import org.repcheck.model.Verdict;
import org.repcheck.report.JsonReport;
import org.repcheck.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "judge", description = "Each rep against the band your time trial sets: overcooked, on target, slow or unjudged.")
final class JudgeCommand extends FileCommand {
    @Mixin
    JudgingOptions judging = new JudgingOptions();

    @Mixin
    UnitsOption units = new UnitsOption();

    @Option(names = "--fail-on-overcooked", description = "Exit 4 when any rep is overcooked.")
    boolean failOnOvercooked;

    private Athletes athletes;

    @Override
    void prepare() {
        athletes = judging.athletes();
    }

    @Override
    void check(List<Input> inputs) {
        athletes.check(inputs);
    }

    @Override
    FileReport report(Input input) {
        Outcome o = athletes.of(input).pipeline().run(input);
        if (o.error().isPresent()) {
            String why = o.error().get();
            return new FileReport(JsonReport.error(input.name(), why), TextReport.error(input.name(), why),
                    List.of(input.name() + ": " + why), true, 0);
        }
        Analysis a = o.analysis().orElseThrow();
        List<String> err = new ArrayList<>();
        a.session().activity().warnings().forEach(w -> err.add(input.name() + ": " + w));
        int overcooked = (int) a.reps().stream().filter(r -> r.verdict() == Verdict.OVERCOOKED).count();
        return new FileReport(JsonReport.judge(a), TextReport.judge(a, units.units()), err, false, overcooked);
    }

    @Override
    int exitCode(boolean anyUnreadable, int overcooked) {
        if (anyUnreadable) {
            return ExitCode.SOME_UNREADABLE;
        }
        return failOnOvercooked && overcooked > 0 ? ExitCode.OVERCOOKED : ExitCode.OK;
    }
}
