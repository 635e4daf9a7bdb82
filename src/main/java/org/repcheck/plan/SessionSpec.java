package org.repcheck.plan;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.repcheck.model.StepLength;

/**
 * A session the way runners write it, parsed: items run one after the other, each followed by the set's recovery.
 * {@code 6x400m/200m} is one item (6 × 400 m) with a 200 m recovery; {@code 1600m,1200m,800m,400m/400m} four
 * items with a 400 m recovery after each; {@code 3x(4x400m/200m)/4min} one item whose unit is itself a set.
 *
 * @param recovery after each rep of each item; empty when the text has no {@code /…}
 */
public record SessionSpec(List<Item> items, Optional<StepLength> recovery) implements SessionUnit {
    public SessionSpec {
        if (items == null || items.isEmpty() || recovery == null) {
            throw new IllegalArgumentException("a session needs at least one item");
        }
        items = List.copyOf(items);
    }

    /** {@code count} × {@code unit}. */
    public record Item(int count, SessionUnit unit) {
        public Item {
            if (count < 1 || unit == null) {
                throw new IllegalArgumentException("an item needs a count of at least 1: " + count);
            }
        }
    }

    /** The canonical text: what {@link SessionParser#parse} reads back to this same value. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Item item : items) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            if (item.count() > 1) {
                sb.append(item.count()).append('x');
            }
            sb.append(item.unit() instanceof SessionUnit.Work w ? length(w.length()) : "(" + ((SessionSpec) item.unit()).text() + ")");
        }
        recovery.ifPresent(r -> sb.append('/').append(length(r)));
        return sb.toString();
    }

    /** "400m", "1k", "1.5k", "90s", "2min": the short form runners write. */
    public static String length(StepLength l) {
        double v = l.value();
        return switch (l.kind()) {
            case DISTANCE -> v >= 1000 && v % 1000 == 0 ? number(v / 1000) + "k"
                    : isWholeMiles(v) ? number(Math.rint(v / MILE_M)) + "mi" : number(v) + "m";
            case TIME -> v >= 60 && v % 60 == 0 ? number(v / 60) + "min" : number(v) + "s";
            case OPEN -> "open";
        };
    }

    private static final double MILE_M = 1609.344;

    private static boolean isWholeMiles(double m) {
        double miles = m / MILE_M;
        return miles >= 1 && Math.abs(miles - Math.rint(miles)) < 1e-9;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v)
                .replaceFirst("0+$", "").replaceFirst("\\.$", "");
    }
}
