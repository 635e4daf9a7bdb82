package org.repcheck.plan;

/**
 * Session text that stopped making sense: where (1-based character position) and what was expected there, for
 * the one line the runner sees ({@code session '6x': at position 3: expected …}).
 */
public final class SessionSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int position;

    public SessionSyntaxException(String text, int position, String expected) {
        super("session '" + text + "': at position " + position
                + (position > text.length() ? " (the end)" : " ('" + text.charAt(position - 1) + "')") + ": " + expected);
        this.position = position;
    }

    /** 1-based; one past the last character when the text ended too soon. */
    public int position() {
        return position;
    }
}
