package org.repcheck.batch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Turns what the user typed into inputs: files as given (whatever their name — the reader sniffs the content),
 * folders searched recursively for .fit/.gpx/.tcx (and those with .gz), and export .zip files opened entry by
 * entry — zips inside the zip too (Garmin's account export), read as streams and never unpacked to disk. A
 * Strava {@code activities.csv} beside the files (in a folder or a zip) gives each listed file its name and type.
 * Order is stable: arguments in order, folder contents sorted by path.
 */
public final class InputDiscovery {
    private static final List<String> ACTIVITY_SUFFIXES = List.of(".fit", ".gpx", ".tcx");
    /** An export's listing is read whole; Strava's for 10,000 activities is a few MB. */
    private static final long MAX_LISTING_BYTES = 64L << 20;

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
                out.add(fileInput(p, p.toString(), Optional.empty()));
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
        Map<Path, ExportListing> listings = new HashMap<>();
        for (Path f : files) {
            if (f.getFileName().toString().equalsIgnoreCase(ExportListing.FILE_NAME)) {
                try {
                    listings.put(f.getParent(), ExportListing.parse(readListing(f)));
                } catch (IOException | UncheckedIOException e) {
                    problems.add(f + ": cannot read the export's listing: " + Failures.describe(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e));
                }
            }
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (isZip(f)) {
                openZip(f, out);
            } else if (isActivityName(name)) {
                out.add(fileInput(f, dir.resolve(dir.relativize(f)).toString(), listed(listings, f)));
            }
        }
    }

    /** A file input that reads only a regular file: a pipe would block forever, a device never ends. */
    private static Input fileInput(Path p, String name, Optional<ExportListing.Entry> listed) {
        return new Input(name, () -> {
            refuseIrregular(p);
            return Files.newInputStream(p);
        }, Optional.of(p), listed);
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

    /** A listing is read whole, so only a regular file of a listing's size: a 1 GB "activities.csv" is not one. */
    private static String readListing(Path f) throws IOException {
        refuseIrregular(f);
        if (Files.size(f) > MAX_LISTING_BYTES) {
            throw new Input.Refused("larger than " + org.repcheck.io.ReadLimits.mb(MAX_LISTING_BYTES) + "; not read");
        }
        return Files.readString(f);
    }

    /** The entry of the nearest listing above {@code f}, keyed by the path relative to the listing's folder. */
    private static Optional<ExportListing.Entry> listed(Map<Path, ExportListing> listings, Path f) {
        for (Path d = f.getParent(); d != null; d = d.getParent()) {
            ExportListing l = listings.get(d);
            if (l != null) {
                return l.find(d.relativize(f).toString().replace('\\', '/'));
            }
        }
        return Optional.empty();
    }

    private static boolean isZip(Path p) {
        return p.getFileName() != null && isZipName(p.getFileName().toString());
    }

    private static boolean isZipName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private void openZip(Path zip, List<Input> out) {
        if (!Files.isRegularFile(zip)) {
            out.add(Input.refused(zip.toString(), "not a regular file (a device, pipe or socket); not read"));
            return;
        }
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            List<? extends ZipEntry> entries = zf.stream().filter(e -> !e.isDirectory())
                    .sorted(Comparator.comparing(ZipEntry::getName)).toList();
            Map<String, ExportListing> listings = new HashMap<>();
            for (ZipEntry e : entries) {
                if (baseName(e.getName()).equalsIgnoreCase(ExportListing.FILE_NAME)) {
                    try (InputStream in = zf.getInputStream(e)) {
                        byte[] bytes = in.readNBytes((int) MAX_LISTING_BYTES + 1);
                        if (bytes.length > MAX_LISTING_BYTES) {
                            problems.add(zip.getFileName() + "!" + e.getName() + ": cannot read the export's listing: "
                                    + "larger than " + org.repcheck.io.ReadLimits.mb(MAX_LISTING_BYTES));
                            continue;
                        }
                        listings.put(e.getName().substring(0, e.getName().length() - ExportListing.FILE_NAME.length()),
                                ExportListing.parse(new String(bytes, StandardCharsets.UTF_8)));
                    }
                }
            }
            Map<String, Integer> count = new HashMap<>();
            entries.forEach(e -> count.merge(e.getName(), 1, Integer::sum));
            Map<String, Integer> seen = new HashMap<>();
            for (ZipEntry e : entries) {
                String entryName = e.getName();
                int occurrence = seen.merge(entryName, 1, Integer::sum);
                if (isZipName(entryName)) {
                    if (occurrence == 1) {
                        openInnerZip(zf, zip, entryName, out);
                    }
                } else if (isActivityName(entryName)) {
                    addEntry(zip, entryName, occurrence, count.get(entryName), listedInZip(listings, entryName), out);
                }
            }
        } catch (IOException e) {
            out.add(Input.refused(zip.toString(), "not a readable zip archive (" + Failures.describe(e) + ")"));
        }
    }

    /**
     * One activity entry of an export zip, streamed from the archive when a worker opens it (never copied whole).
     * An archive appended to holds several entries of one name: each is its own input, up to a few copies.
     */
    private static void addEntry(Path zip, String entryName, int occurrence, int copies,
                                 Optional<ExportListing.Entry> listed, List<Input> out) {
        boolean twice = copies > 1;
        if (occurrence > ZipEntries.MAX_COPIES) {
            // Each further copy is found by inflating every entry before it: past a few, one row for the rest.
            if (occurrence == ZipEntries.MAX_COPIES + 1) {
                out.add(Input.refused(zip.getFileName() + "!" + entryName + " (copies " + occurrence + "–"
                        + copies + ")", (copies - ZipEntries.MAX_COPIES) + " more entries of this name; not read"));
            }
            return;
        }
        String display = zip.getFileName() + "!" + entryName + (twice ? " (copy " + occurrence + ")" : "");
        out.add(new Input(display, () -> ZipEntries.open(zip, entryName, twice ? occurrence : 0), Optional.of(zip),
                listed));
    }

    /** A zip inside the zip: its activity entries become inputs read through one stream ({@link NestedZip}). */
    private void openInnerZip(ZipFile outer, Path zip, String innerName, List<Input> out) {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(outer.getInputStream(outer.getEntry(innerName)))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (!e.isDirectory() && isActivityName(e.getName())) {
                    names.add(e.getName());
                } else if (isZipName(e.getName())) {
                    problems.add(zip.getFileName() + "!" + innerName + "!" + e.getName()
                            + ": a zip three levels deep is not searched; unpack the outer zip and give the folder");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // Like a broken outer zip, a broken inner one keeps its row in the index, with the reason.
            out.add(Input.refused(zip.getFileName() + "!" + innerName, "not a readable zip archive ("
                    + (e instanceof IOException io ? Failures.describe(io) : Failures.safe(String.valueOf(e.getMessage())))
                    + ")"));
            return;
        }
        names.sort(Comparator.naturalOrder());
        NestedZip nested = new NestedZip(zip, innerName, new java.util.HashSet<>(names));
        for (String n : names) {
            out.add(new Input(zip.getFileName() + "!" + innerName + "!" + n,
                    () -> new ByteArrayInputStream(nested.read(n)), Optional.of(zip), Optional.empty()));
        }
    }

    private static Optional<ExportListing.Entry> listedInZip(Map<String, ExportListing> listings, String entry) {
        String best = null;
        for (String prefix : listings.keySet()) {
            if (entry.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? Optional.empty() : listings.get(best).find(entry.substring(best.length()));
    }

    private static String baseName(String entryName) {
        return entryName.substring(entryName.lastIndexOf('/') + 1);
    }
}
