package org.repcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The conventions a command-line user expects: help everywhere, suggestions, the real version, clear exit codes. */
class CliConventionsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"inspect", "reps", "targets", "judge", "analyze"})
    void everySubcommandAnswersHelpWithExitZeroAndItsUsage(String command) {
        Cli r = Cli.run(command, "--help");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Usage: repcheck " + command);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aMistypedCommandSuggestsTheRightOne() {
        Cli r = Cli.run("anlyze", "samples");
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("Did you mean: analyze");
    }

    @Test
    void aMistypedOptionSuggestsTheRightOne() {
        Cli r = Cli.run("judge", "x.fit", "--unit", "imperial");
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--unit").contains("Did you mean: --units");
    }

    @Test
    void versionPrintsThePomsVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>repcheck</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).isTrue();
        Cli top = Cli.run("--version");
        Cli sub = Cli.run("analyze", "--version");
        assertThat(top.exit()).isZero();
        assertThat(top.out().strip()).isEqualTo("repcheck " + m.group(1));
        assertThat(sub.out().strip()).isEqualTo("repcheck " + m.group(1));
    }

    @Test
    void outputAtAnExistingFileIsAUsageErrorOfOneLineBeforeAnyAnalysis() throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "keep me");
        Cli r = Cli.run("analyze", "samples", "-o", file.toString(), "--no-progress");
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains(file.toString()).contains("is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void quietPrintsNothingOnStdoutButStillWritesTheReport() {
        Path out = tmp.resolve("report");
        Cli r = Cli.run("analyze", "samples/intervals_6x400_workout.fit", "--tt", "5k=20:00", "-o", out.toString(),
                "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(out.resolve("index.html")).isRegularFile();
    }

    @Test
    void anUnexpectedExceptionIsAnInternalErrorWithItsOwnExitCodeAndOneLine() {
        StringWriter err = new StringWriter();
        picocli.CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        int code = new ErrorHandler().handleExecutionException(new IllegalStateException("boom"), cl, null);
        assertThat(code).isEqualTo(ExitCode.INTERNAL).isNotEqualTo(ExitCode.SOME_UNREADABLE);
        assertThat(err.toString().strip().lines()).hasSize(1);
        // In words, not Java: neither the exception's class nor its message (which may name classes) reaches the user.
        assertThat(err.toString()).contains("internal error", "a bug in repcheck", "REPCHECK_DEBUG")
                .doesNotContain("IllegalStateException", "java.", "boom");
    }
}
