package org.repcheck.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isDirectory()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // One folder that cannot be listed costs that folder, not the rest of the walk.
                    out.add(Input.refused(file.toString(), "cannot open folder: " + Failures.describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            problems.add(dir + ": cannot list folder: " + Failures.describe(
                    e instanceof UncheckedIOException u ? u.getCause() : (IOException) e));
            return;
        }
        files.sort(Comparator.comparing(Path::toString));
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (isZip(f)) {
                openZip(f, out);
            } else if (isActivityName(name)) {
                out.add(fileInput(f, dir.resolve(dir.relativize(f)).toString()));
            }
        }
    }

    /** A file input that reads only a regular file: a pipe would block forever, a device never ends. */
    private static Input fileInput(Path p, String name) {
        return new Input(name, () -> {
            refuseIrregular(p);
            return Files.newInputStream(p);
        });
    }

    private static void refuseIrregular(Path p) throws Input.Refused {
        if (Files.isDirectory(p)) {
            throw new Input.Refused("a folder, not a file");
        }
        if (!Files.isRegularFile(p)) {
            throw new Input.Refused(Files.exists(p) ? "not a regular file (a device, pipe or socket); not read"
                    : "no such file (a broken link?)");
        }
    }

    private static boolean isZip(Path p) {
        return p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private void openZip(Path zip, List<Input> out) {
        if (!Files.isRegularFile(zip)) {
            out.add(Input.refused(zip.toString(), "not a regular file (a device, pipe or socket); not read"));
            return;
        }
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            List<? extends ZipEntry> entries = zf.stream()
                    .filter(e -> !e.isDirectory() && isActivityName(e.getName()))
                    .sorted(Comparator.comparing(ZipEntry::getName))
                    .toList();
            Map<String, Integer> count = new HashMap<>();
            entries.forEach(e -> count.merge(e.getName(), 1, Integer::sum));
            Map<String, Integer> seen = new HashMap<>();
            for (ZipEntry e : entries) {
                String entryName = e.getName();
                int occurrence = seen.merge(entryName, 1, Integer::sum);
                int copies = count.get(entryName);
                boolean twice = copies > 1;
                String display = zip.getFileName() + "!" + entryName + (twice ? " (copy " + occurrence + ")" : "");
                if (occurrence > ZipEntries.MAX_COPIES) {
                    // Each further copy is found by inflating every entry before it: past a few, one row for the rest.
                    if (occurrence == ZipEntries.MAX_COPIES + 1) {
                        out.add(Input.refused(zip.getFileName() + "!" + entryName + " (copies " + occurrence + "–"
                                + copies + ")", (copies - ZipEntries.MAX_COPIES) + " more entries of this name; not read"));
                    }
                    continue;
                }
                out.add(new Input(display, () -> ZipEntries.open(zip, entryName, twice ? occurrence : 0)));
            }
        } catch (IOException e) {
            out.add(Input.refused(zip.toString(), "not a readable zip archive (" + Failures.describe(e) + ")"));
        }
    }
}
