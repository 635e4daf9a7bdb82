package org.repcheck.batch;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
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
        Map<Path, ExportListing> listings = new HashMap<>();
        for (Path f : files) {
            if (f.getFileName().toString().equalsIgnoreCase(ExportListing.FILE_NAME)) {
                try {
                    listings.put(f.getParent(), ExportListing.parse(Files.readString(f)));
                } catch (IOException | UncheckedIOException e) {
                    problems.add(f + ": cannot read the export's listing: " + e.getMessage());
                }
            }
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (isZip(f)) {
                openZip(f, out);
            } else if (isActivityName(name)) {
                out.add(new Input(dir.resolve(dir.relativize(f)).toString(), () -> Files.newInputStream(f),
                        Optional.of(f), listed(listings, f)));
            }
        }
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

    private static Input fileInput(Path p, String name) {
        return new Input(name, () -> Files.newInputStream(p), Optional.of(p), Optional.empty());
    }

    private static boolean isZip(Path p) {
        return p.getFileName() != null && isZipName(p.getFileName().toString());
    }

    private static boolean isZipName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private void openZip(Path zip, List<Input> out) {
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            List<? extends ZipEntry> entries = zf.stream().filter(e -> !e.isDirectory())
                    .sorted(Comparator.comparing(ZipEntry::getName)).toList();
            Map<String, ExportListing> listings = new HashMap<>();
            for (ZipEntry e : entries) {
                if (baseName(e.getName()).equalsIgnoreCase(ExportListing.FILE_NAME)) {
                    String text = new String(zf.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                    listings.put(e.getName().substring(0, e.getName().length() - ExportListing.FILE_NAME.length()),
                            ExportListing.parse(text));
                }
            }
            for (ZipEntry e : entries) {
                String entryName = e.getName();
                String display = zip.getFileName() + "!" + entryName;
                if (isZipName(entryName)) {
                    openInnerZip(zf, zip, entryName, out);
                } else if (isActivityName(entryName)) {
                    // Each entry is reopened from the zip on demand, so workers can read entries in parallel.
                    out.add(new Input(display, () -> {
                        try (ZipFile z = new ZipFile(zip.toFile())) {
                            ZipEntry entry = z.getEntry(entryName);
                            return new ByteArrayInputStream(z.getInputStream(entry).readAllBytes());
                        }
                    }, Optional.of(zip), listedInZip(listings, entryName)));
                }
            }
        } catch (IOException e) {
            problems.add(zip + ": not a readable zip archive (" + e.getMessage() + ")");
        }
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
            problems.add(zip.getFileName() + "!" + innerName + ": not a readable zip archive (" + e.getMessage() + ")");
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
