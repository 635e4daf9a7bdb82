package org.repcheck.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.repcheck.cli.Main;
import org.repcheck.report.JsonReport;

/** What the CLI itself says ({@code repcheck judge --json …}, run in-process), by path below the input folder. */
record CliJson(Map<String, JsonNode> byFile, List<String> stderr) {
    static CliJson judge(String folder, String... options) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("judge", "--json"));
        args.addAll(List.of(options));
        args.add(folder);
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        if (code != 0 && code != 1) {
            throw new AssertionError("repcheck judge exited " + code + ": " + err);
        }
        Map<String, JsonNode> byFile = new LinkedHashMap<>();
        for (JsonNode file : JsonReport.mapper().readTree(out.toString())) {
            String name = file.get("file").asText();
            byFile.put(name.substring(folder.length() + 1), file);
        }
        return new CliJson(byFile, err.toString().lines().toList());
    }
}
