package org.repcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.repcheck.batch.Input;
import org.repcheck.report.Json;
import org.repcheck.report.JsonReport;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The shape shared by inspect, reps and judge: many files in, one JSON array or one text block per file out,
 * problems on stderr as one line each, exit 1 when any file was unreadable.
 */
abstract class FileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "FIT, GPX or TCX files (.gz too), folders, export .zip files.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON array, one object per file, in input order.")
    boolean json;

    /** Prepares anything shared by every file (targets); runs before any file is read. */
    void prepare() {
    }

    /** Checks what the found inputs need before any is read (their athletes' profiles); a problem is a UsageException. */
    void check(List<Input> inputs) {
    }

    abstract FileReport report(Input input);

    /** Exit code once everything is printed; subclasses add their own conditions. */
    int exitCode(boolean anyUnreadable, int overcooked) {
        return anyUnreadable ? ExitCode.SOME_UNREADABLE : ExitCode.OK;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        prepare();
        List<Input> inputs = Inputs.discover(files, err);
        if (inputs.isEmpty()) {
            err.println("repcheck: no input files found");
            err.flush();
            return ExitCode.NO_INPUT;
        }
        check(inputs);
        // Each file's lines and JSON go out as soon as it and every file before it are done: nothing of a
        // 10,000-file run is held but a few reports in flight (all of them at once ran out of heap).
        boolean[] unreadable = {Inputs.hadProblems(files)};
        int[] overcooked = {0};
        Json.ArrayWriter array = json ? JsonReport.arrayWriter(out) : null;
        Inputs.forEachInOrder(inputs, this::report, r -> {
            for (String line : r.stderr()) {
                err.println("repcheck: " + org.repcheck.batch.Failures.safe(line)); // a newline in a name stays one line
            }
            err.flush();
            unreadable[0] |= r.unreadable();
            overcooked[0] += r.overcooked();
            if (array != null) {
                array.add(r.json());
            } else {
                out.print(r.text());
            }
        });
        if (array != null) {
            array.close();
            out.println();
        }
        out.flush();
        return exitCode(unreadable[0], overcooked[0]);
    }
}
