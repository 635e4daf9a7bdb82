package org.repcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One input's contribution to a command's output: its JSON object, its text block, and the lines for stderr.
 */
record FileReport(JsonNode json, String text, List<String> stderr, boolean unreadable, int overcooked) {
}
