package org.repcheck.cli;

/** A usage error found after picocli's parsing (a bad --tt, a missing profile): exit 2 with one line. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
