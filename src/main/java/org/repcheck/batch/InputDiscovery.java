package org.repcheck.batch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Turns what the user typed into inputs: files as given (whatever their name — the reader sniffs the content),
 * folders searched recursively for .fit/.gpx/.tcx (and those with .gz), and export .zip files opened entry by
 * entry. Order is stable: arguments in order, folder contents sorted by path.
 */
public final class InputDiscovery {
    private static final List<String> ACTIVITY_SUFFIXES = List.of(".fit", ".gpx", ".tcx");

    /** Problems met while discovering (an unreadable zip, a missing path): one line each, naming the path. */
    private final List<String> problems = new ArrayList<>();

    public List<Input> discover(List<Path> args) {
        List<Input> out = new ArrayList<>();
        for (Path p : args) {
            if (Files.isDirectory(p)) {
                walk(p, out);
            } else if (!Files.exists(p)) {
                problems.add(p + ": no such file or folder");
            } else if (isZip(p)) {
                openZip(p, out);
            } else {
                out.add(fileInput(p, p.toString()));
            }
        }
        return out;
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** True for names that look like an activity: .fit, .gpx, .tcx, optionally .gz. */
    public static boolean isActivityName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        String base = n.substring(n.lastIndexOf('/') + 1);
        if (base.startsWith("._")) {
            // macOS resource forks ride along in zips and copied folders; they are never activities.
            return false;
        }
        for (String s : ACTIVITY_SUFFIXES) {
            if (n.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    private void walk(Path dir, List<Input> out) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(dir + ": cannot list folder: " + e.getMessage());
            return;
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (isZip(f)) {
                openZip(f, out);
            } else if (isActivityName(name)) {
                out.add(fileInput(f, dir.resolve(dir.relativize(f)).toString()));
            }
        }
    }

    private static Input fileInput(Path p, String name) {
        return new Input(name, () -> Files.newInputStream(p));
    }

    private static boolean isZip(Path p) {
        return p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private void openZip(Path zip, List<Input> out) {
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            List<? extends ZipEntry> entries = zf.stream()
                    .filter(e -> !e.isDirectory() && isActivityName(e.getName()))
                    .sorted(Comparator.comparing(ZipEntry::getName))
                    .toList();
            for (ZipEntry e : entries) {
                String entryName = e.getName();
                String display = zip.getFileName() + "!" + entryName;
                // Each entry is reopened from the zip on demand, so workers can read entries in parallel.
                out.add(new Input(display, () -> {
                    try (ZipFile z = new ZipFile(zip.toFile())) {
                        ZipEntry entry = z.getEntry(entryName);
                        return new ByteArrayInputStream(z.getInputStream(entry).readAllBytes());
                    }
                }));
            }
        } catch (IOException e) {
            problems.add(zip + ": not a readable zip archive (" + e.getMessage() + ")");
        }
    }
}
