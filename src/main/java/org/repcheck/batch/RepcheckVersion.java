package org.repcheck.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version Maven filtered into {@code org/repcheck/version.properties} at build time — the pom's, from the jar
 * or from target/classes alike. {@code --version} prints it; a rerun reuses an analysis only from the same version.
 */
public final class RepcheckVersion {
    private static final Properties PROPS = load();
    private static final String VERSION = value("version");
    private static final String BUILD = VERSION + "+" + value("build");

    private RepcheckVersion() {
    }

    /** "0.1.0-SNAPSHOT"; "unknown" only when the resource is missing or was not filtered. */
    public static String current() {
        return VERSION;
    }

    /** The version and when it was built: what a rerun's reuse is keyed on, since a snapshot changes under one name. */
    public static String build() {
        return BUILD;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = RepcheckVersion.class.getResourceAsStream("/org/repcheck/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // no version known: "unknown"
        }
        return p;
    }

    private static String value(String key) {
        String v = PROPS.getProperty(key, "");
        return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
    }
}
