package org.repcheck.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.repcheck.model.StepLength;

/**
 * Reads session text — {@code 6x400m/200m}, {@code 5x1k/90s}, {@code 8x1min/2min}, {@code 3x(4x400m/200m)/4min},
 * {@code 1600m,1200m,800m,400m/400m} — by recursive descent over this grammar (spaces ignored):
 * <pre>
 *   set    := item ( ',' item )* ( '/' length )?
 *   item   := count 'x' unit | unit
 *   unit   := length | '(' set ')'
 *   length := number unit-word | minutes ':' seconds
 * </pre>
 * Distances: {@code m}, {@code k}/{@code km}, {@code mi}; a bare number is metres, as in {@code --tt 400=75}.
 * Times: {@code s}/{@code sec}, {@code min}, {@code h}, or {@code 1:30}. The first thing that does not fit is a
 * {@link SessionSyntaxException} naming its position and what would have fitted there.
 */
public final class SessionParser {
    static final int MAX_COUNT = 50;
    static final int MAX_DEPTH = 3;
    private static final String LENGTH = "a distance (400m, 1k) or a time (90s, 2min)";

    private final String text;
    private int pos;
    private int depth;

    private SessionParser(String text) {
        this.text = text;
    }

    public static SessionSpec parse(String text) throws SessionSyntaxException {
        SessionParser p = new SessionParser(text == null ? "" : text);
        p.skipSpaces();
        if (p.atEnd()) {
            throw p.error("expected a session such as 6x400m/200m");
        }
        SessionSpec spec = p.set();
        p.skipSpaces();
        if (!p.atEnd()) {
            throw p.error(p.peek() == ')' ? "a ')' without its '('" : "expected ',', '/' or the end of the session");
        }
        return spec;
    }

    /**
     * One length on its own ({@code 15min}, {@code 2k}, {@code 1:30}), as {@code --warmup} and {@code --cooldown}
     * take it; errors name the position as for a session.
     */
    public static StepLength length(String text) throws SessionSyntaxException {
        SessionParser p = new SessionParser(text == null ? "" : text.trim());
        if (p.atEnd() || !p.startsLength()) {
            throw p.error("expected " + LENGTH);
        }
        StepLength l = p.length(false);
        if (!p.atEnd()) {
            throw p.error("expected the end after " + SessionSpec.length(l));
        }
        return l;
    }

    private SessionSpec set() throws SessionSyntaxException {
        if (++depth > MAX_DEPTH) {
            throw error("brackets nested more than " + MAX_DEPTH + " deep");
        }
        List<SessionSpec.Item> items = new ArrayList<>();
        items.add(item());
        skipSpaces();
        while (!atEnd() && peek() == ',') {
            pos++;
            items.add(item());
            skipSpaces();
        }
        Optional<StepLength> recovery = Optional.empty();
        if (!atEnd() && peek() == '/') {
            pos++;
            skipSpaces();
            if (atEnd() || !startsLength()) {
                throw error("expected the recovery after '/': " + LENGTH);
            }
            recovery = Optional.of(length(false));
        }
        depth--;
        return new SessionSpec(items, recovery);
    }

    private SessionSpec.Item item() throws SessionSyntaxException {
        skipSpaces();
        if (!atEnd() && peek() == '(') {
            return new SessionSpec.Item(1, bracketed());
        }
        if (atEnd() || !startsLength()) {
            throw error("expected a rep count (6x…), " + LENGTH + " or '('");
        }
        int start = pos;
        String digits = number();
        skipSpaces();
        if (!atEnd() && isTimes(peek()) && !digits.contains(".")) {
            pos++;
            int count = count(digits, start);
            skipSpaces();
            if (!atEnd() && peek() == '(') {
                return new SessionSpec.Item(count, bracketed());
            }
            if (atEnd() || !startsLength()) {
                throw error("expected " + LENGTH + " or '(' after 'x'");
            }
            return new SessionSpec.Item(count, new SessionUnit.Work(length(true)));
        }
        pos = start;
        return new SessionSpec.Item(1, new SessionUnit.Work(length(true)));
    }

    private SessionSpec bracketed() throws SessionSyntaxException {
        int open = pos + 1;
        pos++;
        SessionSpec inner = set();
        skipSpaces();
        if (atEnd() || peek() != ')') {
            throw error("expected ')' to close the '(' at position " + open);
        }
        pos++;
        return inner;
    }

    private int count(String digits, int start) throws SessionSyntaxException {
        long n;
        try {
            n = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            n = Long.MAX_VALUE;
        }
        if (n < 1 || n > MAX_COUNT) {
            pos = start;
            throw error("a rep count must be from 1 to " + MAX_COUNT + ", not " + digits);
        }
        return (int) n;
    }

    /** A length at {@code pos}; {@code work}: a rep, held to lengths a rep can be. */
    private StepLength length(boolean work) throws SessionSyntaxException {
        int start = pos;
        String digits = number();
        double value = Double.parseDouble(digits);
        double seconds;
        double metres;
        if (!atEnd() && peek() == ':') {
            seconds = clock(value, start);
            metres = Double.NaN;
        } else {
            int afterNumber = pos;
            skipSpaces();
            if (atEnd() || !Character.isLetter(peek())) {
                pos = afterNumber;
            }
            int unitAt = pos;
            StringBuilder word = new StringBuilder();
            while (!atEnd() && Character.isLetter(peek())) {
                word.append(Character.toLowerCase(peek()));
                pos++;
            }
            double[] scale = unit(word.toString(), unitAt, digits);
            metres = value * scale[0];
            seconds = value * scale[1];
        }
        boolean distance = !Double.isNaN(metres);
        double v = distance ? metres : seconds;
        if (!(v > 0) || !Double.isFinite(v)) {
            pos = start;
            throw error("a length must be more than 0");
        }
        StepLength l = distance ? StepLength.metres(v) : StepLength.seconds(v);
        if (work && v < (distance ? 50 : 5)) {
            pos = start;
            throw error(SessionSpec.length(l) + " is too short for a rep (did you mean " + digits + "k or " + digits
                    + "min?)");
        }
        if (v > (distance ? 100_000 : 36_000)) {
            pos = start;
            throw error(SessionSpec.length(l) + " is too long for a step");
        }
        return l;
    }

    /** {metres per unit, seconds per unit}, NaN for the one that does not apply. */
    private double[] unit(String word, int unitAt, String digits) throws SessionSyntaxException {
        double n = Double.NaN;
        return switch (word) {
            case "", "m" -> new double[] {1, n};
            case "k", "km" -> new double[] {1000, n};
            case "mi", "mile", "miles" -> new double[] {1609.344, n};
            case "s", "sec", "secs" -> new double[] {n, 1};
            case "min", "mins" -> new double[] {n, 60};
            case "h", "hr" -> new double[] {n, 3600};
            default -> {
                pos = unitAt;
                throw error("expected a unit after " + digits + ": m, k, km, mi (distance) or s, min, h (time)");
            }
        };
    }

    private double clock(double minutes, int start) throws SessionSyntaxException {
        pos++;
        int secAt = pos;
        String sec = digitsOnly();
        if (sec.length() != 2 || Integer.parseInt(sec) >= 60 || minutes != Math.rint(minutes)) {
            pos = minutes != Math.rint(minutes) ? start : secAt;
            throw error("expected a time as M:SS (1:30)");
        }
        return minutes * 60 + Integer.parseInt(sec);
    }

    private String number() {
        int start = pos;
        while (!atEnd() && (Character.isDigit(peek()) || peek() == '.')) {
            pos++;
        }
        String s = text.substring(start, pos);
        if (s.chars().filter(c -> c == '.').count() > 1 || s.startsWith(".") || s.endsWith(".")) {
            pos = start;
            return "0";
        }
        return s;
    }

    private String digitsOnly() {
        int start = pos;
        while (!atEnd() && Character.isDigit(peek())) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private boolean startsLength() {
        return Character.isDigit(peek());
    }

    private static boolean isTimes(char c) {
        return c == 'x' || c == 'X' || c == '×' || c == '*';
    }

    private void skipSpaces() {
        while (!atEnd() && Character.isWhitespace(peek())) {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char peek() {
        return text.charAt(pos);
    }

    private SessionSyntaxException error(String expected) {
        return new SessionSyntaxException(text, pos + 1, expected);
    }
}
