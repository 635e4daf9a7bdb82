package org.repcheck.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version Maven filtered into {@code org/repcheck/version.properties} at build time — the pom's, from the jar
 * or from target/classes alike. {@code --version} prints it; a rerun reuses an analysis only from the same version.
 */
public final class RepcheckVersion {
    private static final String VERSION = load();

    private RepcheckVersion() {
    }

    /** "0.1.0-SNAPSHOT"; "unknown" only when the resource is missing or was not filtered. */
    public static String current() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = RepcheckVersion.class.getResourceAsStream("/org/repcheck/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
