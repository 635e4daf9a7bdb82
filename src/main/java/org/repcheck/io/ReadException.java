package org.repcheck.io;

/**
 * A file that cannot be read at all. The message is one line meant for the user, and always names the file:
 * {@code "run.fit: not a FIT file (it is a macOS AppleDouble resource fork)"}.
 */
public final class ReadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final String reason;

    public ReadException(String file, String reason) {
        super(file + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    public ReadException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    /** The message without the file name. */
    public String reason() {
        return reason;
    }
}
