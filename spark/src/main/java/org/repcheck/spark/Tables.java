package org.repcheck.spark;

import static org.repcheck.spark.Column.flag;
import static org.repcheck.spark.Column.instant;
import static org.repcheck.spark.Column.real;
import static org.repcheck.spark.Column.text;
import static org.repcheck.spark.Column.texts;
import static org.repcheck.spark.Column.whole;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The four Parquet tables the job writes, and the per-file result row they are cut from. Every table starts with
 * the key of the file it came from ({@code file}: the full path or URI as Spark lists it, plus the athlete) and
 * ends with {@code date}, the partition column. Table columns past the key come from the CLI's JSON
 * ({@link Column}): snake_case names, seconds, metres and s/km, exactly as {@code judge --json} words them.
 */
final class Tables {
    static final String DATE = "date";
    static final String FILE = "file";

    /** Activities: one row per readable file; pointers into {"inspect": inspect JSON, "judge": judge JSON}. */
    static final List<Column> ACTIVITY = List.of(
            text("format", "/inspect/format"), text("sport", "/inspect/sport"),
            text("sub_sport", "/inspect/sub_sport"), instant("start", "/inspect/start"),
            text("local_start", "/inspect/local_start"), real("elapsed_s", "/inspect/elapsed_s"),
            real("timer_s", "/inspect/timer_s"), real("distance_m", "/inspect/distance_m"),
            whole("samples", "/inspect/samples"), whole("laps", "/inspect/laps"),
            whole("workout_steps", "/inspect/workout_steps"), flag("has_hr", "/inspect/has_hr"),
            flag("has_gps", "/inspect/has_gps"), text("device", "/inspect/device"),
            text("source", "/judge/source"), text("model", "/judge/model"),
            real("tt_distance_m", "/judge/time_trial/distance_m"), real("tt_time_s", "/judge/time_trial/time_s"),
            text("tt_date", "/judge/time_trial/date"),
            whole("overcooked", "/judge/summary/overcooked"), whole("on_target", "/judge/summary/on_target"),
            whole("slow", "/judge/summary/slow"), whole("unjudged", "/judge/summary/unjudged"),
            real("fade_s_per_km_per_rep", "/judge/summary/fade_s_per_km_per_rep"),
            text("advice", "/judge/summary/advice"), texts("recovery_notes", "/judge/summary/recovery_notes"),
            texts("notes", "/judge/notes"), texts("warnings", "/judge/warnings"));

    /** Reps: one row per rep of {@code judge --json}, with its band and verdict. */
    static final List<Column> REP = List.of(
            whole("index", "/index"), instant("start", "/start"), real("start_s", "/start_s"),
            real("end_s", "/end_s"), real("duration_s", "/duration_s"), real("distance_m", "/distance_m"),
            real("measured_distance_m", "/measured_distance_m"), text("distance_basis", "/distance_basis"),
            real("nominal_distance_m", "/nominal_distance_m"), real("nominal_duration_s", "/nominal_duration_s"),
            real("pace_s_per_km", "/pace_s_per_km"), whole("avg_hr", "/avg_hr"), whole("max_hr", "/max_hr"),
            text("kind", "/kind"),
            real("target_fast_s_per_km", "/target/fast_s_per_km"), real("target_slow_s_per_km", "/target/slow_s_per_km"),
            text("target_model", "/target/model"), flag("target_extrapolated", "/target/extrapolated"),
            real("target_distance_m", "/target/distance_m"),
            text("verdict", "/verdict"), text("reason", "/reason"), text("verdict_reason", "/verdict_reason"),
            real("delta_s_per_km", "/delta_s_per_km"), real("uncertainty_s_per_km", "/uncertainty_s_per_km"));

    /** Recoveries: one row per recovery between reps. */
    static final List<Column> RECOVERY = List.of(
            whole("after_rep", "/after_rep"), real("start_s", "/start_s"), real("end_s", "/end_s"),
            real("duration_s", "/duration_s"), real("distance_m", "/distance_m"), whole("avg_hr", "/avg_hr"),
            whole("hr_drop", "/hr_drop"), flag("standing", "/standing"));

    static final StructType ACTIVITIES = keyed(ACTIVITY, true, fileFacts());
    static final StructType REPS = keyed(REP, true, List.of());
    static final StructType RECOVERIES = keyed(RECOVERY, true, List.of());
    /** Errors: one row per unreadable file; {@code error} is the CLI's line after "repcheck: FILE: ". */
    static final StructType ERRORS = keyed(List.of(text("error", "/error")), false, fileFacts());

    /** What one file becomes; the tables are its columns exploded. */
    static final StructType RESULT = new StructType(new StructField[] {
        DataTypes.createStructField(FILE, DataTypes.StringType, false),
        DataTypes.createStructField("activity", ACTIVITIES, true),
        DataTypes.createStructField("reps", DataTypes.createArrayType(REPS, false), false),
        DataTypes.createStructField("recoveries", DataTypes.createArrayType(RECOVERIES, false), false),
        DataTypes.createStructField("error", ERRORS, true),
    });

    private Tables() {
    }

    private static List<StructField> fileFacts() {
        return List.of(DataTypes.createStructField("file_modified", DataTypes.TimestampType, false),
                DataTypes.createStructField("file_length", DataTypes.LongType, false));
    }

    private static StructType keyed(List<Column> columns, boolean withId, List<StructField> extra) {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(FILE, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("athlete", DataTypes.StringType, true));
        if (withId) {
            fields.add(DataTypes.createStructField("activity_id", DataTypes.StringType, true));
        }
        columns.forEach(c -> fields.add(c.field()));
        fields.addAll(extra);
        fields.add(DataTypes.createStructField(DATE, DataTypes.DateType, true));
        return new StructType(fields.toArray(StructField[]::new));
    }
}
