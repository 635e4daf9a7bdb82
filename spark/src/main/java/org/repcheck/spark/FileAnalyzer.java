package org.repcheck.spark;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.repcheck.batch.Input;
import org.repcheck.batch.Pipeline;
import org.repcheck.detect.DetectMode;
import org.repcheck.targets.TargetException;

/**
 * Runs the CLI's per-file pipeline ({@link Pipeline#run}: read, detect, judge; never throws) on each
 * {@code binaryFile} row of a partition, lazily, one file's bytes in memory at a time. One pipeline per profile
 * per partition, since a pipeline holds its target plan.
 */
final class FileAnalyzer implements MapPartitionsFunction<Row, Row> {
    private final Broadcast<Athletes> athletes;
    private final DetectMode mode;

    FileAnalyzer(Broadcast<Athletes> athletes, DetectMode mode) {
        this.athletes = athletes;
        this.mode = mode;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
        Athletes who = athletes.value();
        // A pipeline per profile key, or the one-line reason that profile cannot be used.
        Map<String, Object> pipelines = new HashMap<>();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public Row next() {
                return analyse(who, pipelines, files.next());
            }
        };
    }

    private Row analyse(Athletes who, Map<String, Object> pipelines, Row file) {
        String path = file.getAs("path");
        Timestamp modified = file.getAs("modificationTime");
        long length = file.<Long>getAs("length");
        byte[] content = file.getAs("content");
        String athlete = who.athleteOf(path);
        Rows.FileFacts facts = new Rows.FileFacts(path, athlete, modified, length);
        Object pipeline = pipelines.computeIfAbsent(who.profileKey(path, athlete), key -> {
            try {
                return new Pipeline(mode, who.plan(key));
            } catch (TargetException e) {
                return e.getMessage();
            }
        });
        if (pipeline instanceof String why) {
            return Rows.error(facts, why);
        }
        return Rows.result(facts, ((Pipeline) pipeline).run(new Input(path, () -> new ByteArrayInputStream(content))));
    }
}
