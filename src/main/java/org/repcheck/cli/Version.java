package org.repcheck.cli;

import org.repcheck.batch.RepcheckVersion;
import picocli.CommandLine;

/** {@code --version}: the pom's version, filtered into a resource at build time. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"repcheck " + RepcheckVersion.current()};
    }
}
