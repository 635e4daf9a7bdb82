package org.repcheck.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the athlete an input belongs to: the nearest {@code athlete.yaml} (or {@code .yml}) in the input's own
 * folder or any folder above it. A coach's tree of {@code athletes/alex/…} and {@code athletes/chris/…} so judges
 * each runner by their own time trials. Folders are looked at once each, however many files share them.
 */
public final class ProfileFinder {
    private static final List<String> NAMES = List.of("athlete.yaml", "athlete.yml");

    private final Map<Path, Optional<Path>> byFolder = new ConcurrentHashMap<>();

    /** The profile for a file (or the folder given, when {@code p} is one). */
    public Optional<Path> nearest(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path dir = Files.isDirectory(abs) ? abs : abs.getParent();
        return dir == null ? Optional.empty() : inFolderOrAbove(dir);
    }

    private Optional<Path> inFolderOrAbove(Path dir) {
        Optional<Path> known = byFolder.get(dir);
        if (known != null) {
            return known;
        }
        Optional<Path> found = Optional.empty();
        for (String n : NAMES) {
            Path y = dir.resolve(n);
            if (Files.isRegularFile(y)) {
                found = Optional.of(y);
                break;
            }
        }
        if (found.isEmpty() && dir.getParent() != null) {
            found = inFolderOrAbove(dir.getParent());
        }
        byFolder.put(dir, found);
        return found;
    }
}
