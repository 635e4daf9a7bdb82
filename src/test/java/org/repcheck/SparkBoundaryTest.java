package org.repcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The analysis core knows nothing of Spark (docs/DESIGN.md: "nothing below it knows Spark exists"): only the
 * Spark job's own package, in spark/, may name it, and the core's build must not even put it on a classpath —
 * a runner's first {@code scripts/repcheck analyze} must never download Spark.
 */
class SparkBoundaryTest {
    // Spelled in two halves so this file does not match its own rule.
    private static final String SPARK = "org.apache." + "spark";
    private static final Pattern USES_SPARK = Pattern.compile("\\b" + Pattern.quote(SPARK) + "\\b");
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path SPARK_JOB = ROOT.resolve("spark/src");

    @Test
    void onlyTheSparkJobsPackageNamesSpark() throws IOException {
        List<Path> sources;
        try (Stream<Path> s = Stream.concat(Files.walk(ROOT.resolve("src")),
                Files.isDirectory(SPARK_JOB) ? Files.walk(SPARK_JOB) : Stream.empty())) {
            sources = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).hasSizeGreaterThan(50);
        List<String> offenders = sources.stream()
                .filter(p -> !inSparkJob(p))
                .filter(p -> USES_SPARK.matcher(read(p)).find())
                .map(p -> ROOT.relativize(p).toString()).toList();
        assertThat(offenders).as("files outside the Spark job that use Spark").isEmpty();
    }

    @Test
    void theCoresCompiledClassesNeverReferToSpark() throws IOException {
        byte[] needle = SPARK.replace('.', '/').getBytes(StandardCharsets.US_ASCII);
        List<Path> classes;
        try (Stream<Path> s = Files.walk(ROOT.resolve("target/classes"))) {
            classes = s.filter(p -> p.toString().endsWith(".class")).toList();
        }
        assertThat(classes).hasSizeGreaterThan(50);
        List<Path> offenders = classes.stream().filter(p -> contains(bytes(p), needle)).toList();
        assertThat(offenders).isEmpty();
    }

    @Test
    void theCoresBuildPutsNoSparkOnAnyClasspath() throws IOException {
        assertThatThrownBy(() -> Class.forName(SPARK + ".sql.SparkSession"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(Files.readString(ROOT.resolve("pom.xml"))).doesNotContain("<groupId>" + SPARK);
    }

    private static boolean inSparkJob(Path p) {
        return p.startsWith(SPARK_JOB) && ROOT.relativize(p).toString().replace('\\', '/')
                .matches("spark/src/(main|test)/java/org/repcheck/spark/[^/]+\\.java");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(p + ": " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new IllegalStateException(p + ": " + e.getMessage(), e);
        }
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
