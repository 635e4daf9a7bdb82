package org.repcheck.cli;

import org.repcheck.report.Units;
import picocli.CommandLine.Option;

/** {@code --units metric|imperial}, shared by the commands that show paces. */
final class UnitsOption {
    @Option(names = "--units", paramLabel = "metric|imperial", defaultValue = "metric",
            description = "Paces per km (metric, default) or per mile (imperial). JSON is always s/km.")
    String units;

    Units units() {
        try {
            return Units.parse(units);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--units " + units + ": say metric or imperial");
        }
    }
}
