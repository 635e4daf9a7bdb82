package org.repcheck.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.repcheck.io.fit.FitReader;
import org.repcheck.io.gpx.GpxReader;
import org.repcheck.io.tcx.TcxReader;
import org.repcheck.model.Activity;
import org.repcheck.model.Format;

/**
 * The one door into io: sniffs the format from the content (gzip magic, FIT header, XML root element) — never
 * from the file name — and hands the bytes to that format's reader. Thread-safe.
 */
public final class Readers {
    private static final int SNIFF_BYTES = 4096;
    private static final int LONG_SNIFF_BYTES = 1 << 20;

    private final FitReader fit = new FitReader();
    private final GpxReader gpx = new GpxReader();
    private final TcxReader tcx = new TcxReader();

    /** Reads a file from disk. */
    public Activity read(Path path) throws ReadException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            // A pipe would block forever and a device never end: only regular files are read.
            throw new ReadException(name, Files.isDirectory(path) ? "a folder, not a file"
                    : "not a regular file (a device, pipe or socket); not read");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return read(name, in);
        } catch (NoSuchFileException e) {
            throw new ReadException(name, "no such file");
        } catch (IOException e) {
            throw new ReadException(name, "cannot read: " + oneLine(e));
        }
    }

    /**
     * Reads content under a display name (an entry of a .zip, say). Does not close {@code raw}. The read spends at
     * most the budget of {@link ReadLimits}; past it, and when memory runs out anyway, the file gets a
     * {@link ReadException} and the caller's other files are untouched.
     */
    public Activity read(String name, InputStream raw) throws ReadException {
        BudgetStream file = new BudgetStream(raw, ReadLimits.MAX_FILE_BYTES, null, "larger than");
        try {
            Activity a = readBudgeted(name, file);
            if (!file.tripped().isEmpty()) {
                // A parser that salvages broken XML would keep the part read before the budget stopped it.
                throw new ReadException(name, file.tripped());
            }
            return a;
        } catch (ReadException e) {
            throw file.tripped().isEmpty() ? e : new ReadException(name, file.tripped());
        } catch (ReadLimits.Exceeded e) {
            throw new ReadException(name, e.getMessage());
        } catch (OutOfMemoryError e) {
            throw new ReadException(name, "too large to read in the memory this run has; not read");
        } catch (StackOverflowError e) {
            throw new ReadException(name, "nested too deeply to read; not read");
        }
    }

    private Activity readBudgeted(String name, BudgetStream current) throws ReadException {
        try {
            BufferedInputStream in = new BufferedInputStream(current, 1 << 16);
            byte[] head = peek(in, SNIFF_BYTES);
            if (isGzip(head)) {
                SalvagingGzip gz;
                try {
                    gz = new SalvagingGzip(in);
                } catch (java.io.EOFException | ZipException e) {
                    throw new ReadException(name, "damaged gzip data: " + oneLine(e));
                }
                try (InputStream unzipped = gz) {
                    BudgetStream expanded = new BudgetStream(unzipped, ReadLimits.MAX_EXPANDED_BYTES, current,
                            "expands past");
                    Activity a = readBudgeted(name, expanded);
                    return gz.damage().isEmpty() ? a : a.withWarnings(java.util.List.of(gz.damage()));
                } catch (java.io.EOFException | ZipException e) {
                    throw new ReadException(name, "damaged gzip data: " + oneLine(e));
                }
            }
            if (head.length == SNIFF_BYTES && sniff(head).isEmpty() && looksLikeXml(head)) {
                // A long comment or processing instruction before the root: look further, within reason.
                head = peek(in, LONG_SNIFF_BYTES);
            }
            byte[] sniffed = head;
            Format format = sniff(head).orElseThrow(() -> new ReadException(name, describeUnknown(sniffed)));
            return switch (format) {
                case FIT -> {
                    current.limitTo(ReadLimits.MAX_FIT_BYTES, "FIT data larger than");
                    yield fit.read(name, in);
                }
                case GPX -> gpx.read(name, in);
                case TCX -> tcx.read(name, in);
            };
        } catch (IOException e) {
            throw new ReadException(name, "cannot read: " + oneLine(e));
        }
    }

    /** The format the first bytes of a file show, if any. */
    public static java.util.Optional<Format> sniff(byte[] head) {
        if (head.length >= 12 && head[8] == '.' && head[9] == 'F' && head[10] == 'I' && head[11] == 'T') {
            return java.util.Optional.of(Format.FIT);
        }
        String root = xmlRoot(head);
        if (root.equals("gpx")) {
            return java.util.Optional.of(Format.GPX);
        }
        if (root.equals("trainingcenterdatabase")) {
            return java.util.Optional.of(Format.TCX);
        }
        return java.util.Optional.empty();
    }

    static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    /** The local name of the first element, lower case, or "" when this does not look like XML. */
    static String xmlRoot(byte[] head) {
        String s = new String(head, xmlCharset(head));
        int i = 0;
        if (s.startsWith("\uFEFF")) {
            i = 1;
        }
        while (true) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length() || s.charAt(i) != '<') {
                return "";
            }
            if (s.startsWith("<?", i) || s.startsWith("<!--", i) || s.startsWith("<!", i)) {
                String close = s.startsWith("<?", i) ? "?>" : s.startsWith("<!--", i) ? "-->" : ">";
                int end = s.indexOf(close, i + 2);
                if (end < 0) {
                    return "";
                }
                i = end + close.length();
                continue;
            }
            int start = i + 1;
            int end = start;
            while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '>'
                    && s.charAt(end) != '/') {
                end++;
            }
            String qname = s.substring(start, end);
            int colon = qname.indexOf(':');
            return (colon >= 0 ? qname.substring(colon + 1) : qname).toLowerCase(Locale.ROOT);
        }
    }

    static java.nio.charset.Charset xmlCharset(byte[] h) {
        return org.repcheck.io.xml.XmlCharset.of(h);
    }

    private static boolean looksLikeXml(byte[] head) {
        String s = new String(head, xmlCharset(head)).replace("\uFEFF", "").stripLeading();
        return s.startsWith("<");
    }

    private static String describeUnknown(byte[] head) {
        if (head.length == 0) {
            return "empty file";
        }
        if (head.length >= 4 && head[0] == 0x00 && head[1] == 0x05 && head[2] == 0x16 && head[3] == 0x07) {
            return "not an activity file (it is a macOS AppleDouble resource fork, \"._\" file)";
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return "a zip archive, not an activity file (give it to 'analyze', which opens exports)";
        }
        String root = xmlRoot(head);
        if (!root.isEmpty()) {
            return "XML with root <" + root + ">, not GPX or TCX";
        }
        if (head.length < 12) {
            return "not a FIT, GPX or TCX file (only " + head.length + " bytes)";
        }
        return "not a FIT, GPX or TCX file (no FIT header, no XML root)";
    }

    private static byte[] peek(BufferedInputStream in, int n) throws IOException {
        in.mark(n);
        byte[] buf = in.readNBytes(n);
        in.reset();
        return buf;
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? "input/output error" : e.getMessage();
        return m.replaceAll("\\s+", " ").trim();
    }
}
