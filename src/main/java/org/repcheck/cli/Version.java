package org.repcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The version Maven filtered into {@code version.properties} at build time — the pom's, whether repcheck runs from
 * the jar or from target/classes (the manifest has no version on the latter).
 */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"repcheck " + current()};
    }

    /** The build's version, e.g. "0.1.0-SNAPSHOT"; "unknown" only when the resource is missing or unfiltered. */
    static String current() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
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
