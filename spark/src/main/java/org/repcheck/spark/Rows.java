package org.repcheck.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.repcheck.batch.Outcome;
import org.repcheck.model.Analysis;
import org.repcheck.report.JsonReport;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/** Turns one file's {@link Outcome} into the {@link Tables#RESULT} row, by way of the CLI's own JSON. */
final class Rows {
    private Rows() {
    }

    /** One file as Spark listed it: where, its athlete key, and the facts that make reruns incremental. */
    record FileFacts(String file, String athlete, Timestamp modified, long length) {
    }

    static Row result(FileFacts f, Outcome o) {
        if (o.error().isPresent()) {
            return error(f, o.error().get());
        }
        Analysis a = o.analysis().orElseThrow();
        ObjectNode judge = JsonReport.judge(a);
        ObjectNode both = JsonReport.mapper().createObjectNode();
        both.set("inspect", JsonReport.inspect(a.session().activity()));
        both.set("judge", judge);
        Date date = date(both);
        String id = o.activityId().orElse(null);
        List<Object> activity = key(f, id);
        Tables.ACTIVITY.forEach(c -> activity.add(c.valueIn(both)));
        activity.add(f.modified());
        activity.add(f.length());
        activity.add(date);
        return RowFactory.create(f.file(), row(activity), seq(each(judge.path("reps"), Tables.REP, f, id, date)),
                seq(each(judge.path("recoveries"), Tables.RECOVERY, f, id, date)), null);
    }

    /** A file the pipeline could not read; dated by when the file was written, as it has no activity date. */
    static Row error(FileFacts f, String why) {
        Date date = Date.valueOf(f.modified().toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
        Row error = RowFactory.create(f.file(), f.athlete(), why, f.modified(), f.length(), date);
        return RowFactory.create(f.file(), null, seq(List.of()), seq(List.of()), error);
    }

    private static List<Row> each(JsonNode array, List<Column> columns, FileFacts f, String id, Date date) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode item : array) {
            List<Object> values = key(f, id);
            columns.forEach(c -> values.add(c.valueIn(item)));
            values.add(date);
            rows.add(row(values));
        }
        return rows;
    }

    private static List<Object> key(FileFacts f, String id) {
        List<Object> values = new ArrayList<>();
        values.add(f.file());
        values.add(f.athlete());
        values.add(id);
        return values;
    }

    /**
     * The partition date: the activity's local date when the JSON carries its local start, else the UTC date of
     * its start; null (Spark's default partition) for a file without a time axis.
     */
    static Date date(JsonNode both) {
        for (String p : List.of("/inspect/local_start", "/judge/local_start")) {
            JsonNode local = both.at(p);
            if (local.isTextual()) {
                return Date.valueOf(OffsetDateTime.parse(local.asText()).toLocalDate());
            }
        }
        JsonNode start = both.at("/inspect/start");
        if (!start.isTextual()) {
            return null;
        }
        LocalDate utc = OffsetDateTime.parse(start.asText()).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        return Date.valueOf(utc);
    }

    private static Row row(List<Object> values) {
        return RowFactory.create(values.toArray());
    }

    static <T> Seq<T> seq(List<T> list) {
        return CollectionConverters.asScala(list).toList();
    }
}
