package org.repcheck.batch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What went wrong, in the words a person reads: the reason an operating system gave, never a Java class name.
 * The one place batch (and the commands above it) turn exceptions into the end of an error line.
 */
public final class Failures {
    private Failures() {
    }

    /** "permission denied", "no space left on device", … for a failed file operation. */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return oneLine(f.getReason()).toLowerCase(java.util.Locale.ROOT);
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : oneLine(m);
    }

    /**
     * Where a file operation failed and why: "/out/index.html: permission denied". Names the output the user
     * knows, not the temporary file beside it that the failing call was about.
     */
    public static String describe(java.nio.file.Path where, IOException e) {
        return safe(where.toString()) + ": " + describe(e);
    }

    public static String outOfMemory(String stage) {
        return "ran out of memory while " + stage + "; not analysed (the other files go on; a bigger heap, "
                + "JAVA_OPTS=-Xmx1g, may read it)";
    }

    public static String internal(String stage, Throwable e) {
        if (e instanceof StackOverflowError) {
            return "nested too deeply while " + stage + "; not analysed";
        }
        return "internal error while " + stage + " (a bug in repcheck; please report this file)";
    }

    /** A file name or message as one printable line: control characters (a newline in a name) shown as '?'. */
    public static String safe(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return b.toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
