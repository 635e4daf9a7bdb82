package org.repcheck.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * One table column taken from the CLI's JSON ({@code judge --json}, {@code inspect --json}) at a JSON pointer.
 * The tables copy what the CLI says instead of re-deriving it from the model, so the job and the CLI cannot
 * disagree on a rounding, a verdict word or a band edge. A missing key or JSON null becomes SQL NULL.
 */
record Column(String name, DataType type, String pointer) implements Serializable {
    static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

    static Column text(String name, String pointer) {
        return new Column(name, DataTypes.StringType, pointer);
    }

    static Column real(String name, String pointer) {
        return new Column(name, DataTypes.DoubleType, pointer);
    }

    static Column whole(String name, String pointer) {
        return new Column(name, DataTypes.IntegerType, pointer);
    }

    static Column flag(String name, String pointer) {
        return new Column(name, DataTypes.BooleanType, pointer);
    }

    static Column instant(String name, String pointer) {
        return new Column(name, DataTypes.TimestampType, pointer);
    }

    static Column texts(String name, String pointer) {
        return new Column(name, STRINGS, pointer);
    }

    StructField field() {
        return DataTypes.createStructField(name, type, true);
    }

    /** The Spark value of this column in {@code root}, or null. */
    Object valueIn(JsonNode root) {
        JsonNode n = root.at(pointer);
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        if (type.equals(DataTypes.StringType)) {
            return n.isTextual() ? n.asText() : n.toString();
        }
        if (type.equals(DataTypes.DoubleType)) {
            return n.isNumber() ? n.doubleValue() : null;
        }
        if (type.equals(DataTypes.IntegerType)) {
            return n.isNumber() ? n.intValue() : null;
        }
        if (type.equals(DataTypes.BooleanType)) {
            return n.isBoolean() ? n.booleanValue() : null;
        }
        if (type.equals(DataTypes.TimestampType)) {
            return n.isTextual() ? Timestamp.from(OffsetDateTime.parse(n.asText()).toInstant()) : null;
        }
        if (type instanceof ArrayType) {
            List<String> out = new ArrayList<>();
            n.forEach(e -> out.add(e.asText()));
            return Rows.seq(out);
        }
        throw new IllegalStateException("no conversion for column " + name + " of type " + type);
    }
}
