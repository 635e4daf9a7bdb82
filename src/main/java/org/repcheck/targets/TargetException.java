package org.repcheck.targets;

/**
 * A usage error in what the runner told us about their time trials or profile: a bad {@code --tt}, an unreadable
 * or malformed profile, an unknown model. The message is ONE line saying what is wrong and what would be right;
 * the CLI prints it as is and exits 2.
 */
public final class TargetException extends Exception {
    private static final long serialVersionUID = 1L;

    public TargetException(String message) {
        super(message);
    }

    public TargetException(String message, Throwable cause) {
        super(message, cause);
    }
}
