package org.repcheck.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * A deliberately small Chrome DevTools Protocol client for tests: starts a headless Chromium, opens local HTML
 * files in one page, evaluates JavaScript there and collects what the page reported as an error.
 *
 * <p>No dependency beyond the JDK ({@link HttpClient}'s {@link WebSocket}) and Jackson, which the project has.
 * Every wait is bounded, so a wedged browser fails a test instead of hanging CI.
 *
 * <p>Protocol shape: one WebSocket to the <em>browser</em> endpoint printed on stderr; a fresh page target is
 * created with {@code Target.createTarget} and attached with {@code flatten: true}, so page commands travel on the
 * same socket tagged with a {@code sessionId}. Each command carries an id and completes the future waiting for
 * that id; events ({@code method} without {@code id}) are dispatched to listeners.
 *
 * <p>Not thread-safe for concurrent {@link #open}/{@link #evaluate} from several threads; one test, one page.
 */
public final class HeadlessChromium implements AutoCloseable {

    /** How long Chromium may take to print its DevTools endpoint (a cold start on a loaded CI box). */
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(45);
    /** Upper bound for any single protocol command. */
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);
    /** Upper bound for a page load (navigation until {@code Page.loadEventFired}). */
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(30);

    private static final Pattern DEVTOOLS_LINE = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profileDir;
    private final Deque<String> stderrTail;
    private final Thread shutdownHook;
    private final WebSocket socket;
    private final String sessionId;

    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile CompletableFuture<Void> loadFired = new CompletableFuture<>();
    private volatile boolean closed;

    // ------------------------------------------------------------------------------------------------ finding it

    /**
     * The Chromium to run: env {@code CHROMIUM} if set, else {@code /usr/bin/chromium}, {@code /usr/bin/chromium-browser},
     * else {@code chromium} / {@code chromium-browser} on the {@code PATH}.
     */
    public static Optional<Path> findExecutable() {
        String env = System.getenv("CHROMIUM");
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            Path p = Path.of(candidate);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                for (String name : List.of("chromium", "chromium-browser")) {
                    Path p = Path.of(dir, name);
                    if (!dir.isEmpty() && Files.isExecutable(p)) {
                        return Optional.of(p);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** True when the environment says this is CI ({@code CI=true}), where a missing browser is a failure. */
    public static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * The Chromium executable, or: outside CI, abort the calling test (reported as skipped, with the reason);
     * in CI ({@code CI=true}), fail it, since {@code .ci/run} installs Chromium and its absence is a broken setup.
     */
    public static Path requireExecutable() {
        Optional<Path> exe = findExecutable();
        if (exe.isPresent()) {
            return exe.get();
        }
        String why = "no Chromium found (looked at $CHROMIUM, /usr/bin/chromium, /usr/bin/chromium-browser, PATH)";
        if (onCi()) {
            fail(why + " and CI=true: .ci/run should have installed Debian's chromium package");
        }
        why += "; skipping the browser test. Install it with: apt-get install -y chromium";
        System.err.println("[repcheck browser tests] " + why); // visible in the Maven log, not only in the XML
        abort(why);
        throw new AssertionError("unreachable");
    }

    /** Starts Chromium via {@link #requireExecutable()} (skip or fail when absent). */
    public static HeadlessChromium launch() throws IOException {
        return launch(requireExecutable());
    }

    // ------------------------------------------------------------------------------------------------ starting

    /** Starts the given Chromium headless on a throwaway profile and opens a blank page to drive. */
    public static HeadlessChromium launch(Path executable) throws IOException {
        Path profile = Files.createTempDirectory("repcheck-chromium-");
        List<String> cmd = List.of(
                executable.toString(),
                // The new headless mode is the real browser without a window: same rendering as a user sees.
                "--headless=new",
                // As root (CI containers, this machine) Chromium refuses to start with its sandbox.
                "--no-sandbox",
                // No GPU here; software rendering, and no GPU-process error spam.
                "--disable-gpu",
                // The network is closed: stop QUIC, background fetches, component updates and sync from
                // trying (and failing, noisily and repeatedly) to reach Google's hosts.
                "--disable-quic",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                // No first-run dialogs / import on a fresh profile.
                "--no-first-run",
                // /dev/shm is tiny in containers; use /tmp for shared memory instead of crashing tabs.
                "--disable-dev-shm-usage",
                // Reports are file:// pages; allow them to read sibling files (same as a user double-clicking).
                "--allow-file-access-from-files",
                // A fresh profile per run: no state leaks between tests, deleted in close().
                "--user-data-dir=" + profile,
                // Port 0: the OS picks a free port and Chromium prints it, so parallel runs never collide.
                "--remote-debugging-port=0",
                "about:blank");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = pb.start();

        Deque<String> tail = new ArrayDeque<>();
        CompletableFuture<String> wsUrl = new CompletableFuture<>();
        Thread reader = new Thread(() -> pumpStderr(process, tail, wsUrl), "chromium-stderr");
        reader.setDaemon(true);
        reader.start();

        Thread hook = new Thread(() -> killTree(process), "chromium-kill");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            String url = awaitDevToolsUrl(process, profile, wsUrl, tail);
            return new HeadlessChromium(process, profile, tail, hook, url);
        } catch (IOException | RuntimeException | Error e) {
            killTree(process);
            deleteQuietly(profile);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // JVM already shutting down
            }
            throw e;
        }
    }

    /** Drains stderr for the whole life of the process (so it never blocks on a full pipe), keeping a tail. */
    private static void pumpStderr(Process process, Deque<String> tail, CompletableFuture<String> wsUrl) {
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                synchronized (tail) {
                    tail.addLast(line);
                    while (tail.size() > 40) {
                        tail.removeFirst();
                    }
                }
                Matcher m = DEVTOOLS_LINE.matcher(line);
                if (m.find()) {
                    wsUrl.complete(m.group(1));
                }
            }
        } catch (IOException ignored) {
            // process gone
        }
        wsUrl.completeExceptionally(new IOException("Chromium closed stderr without a DevTools endpoint"));
    }

    /**
     * Waits, polling in bounded steps, for the endpoint: the stderr line, or (fallback, should the line's wording
     * change) the {@code DevToolsActivePort} file Chromium writes into the profile. Fails fast if Chromium exits.
     */
    private static String awaitDevToolsUrl(Process process, Path profile, CompletableFuture<String> wsUrl,
                                           Deque<String> tail) throws IOException {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        Path portFile = profile.resolve("DevToolsActivePort");
        while (System.nanoTime() < deadline) {
            try {
                return wsUrl.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException notYet) {
                // poll the file, then the process
            } catch (ExecutionException e) {
                throw new IOException("Chromium did not start: " + e.getCause().getMessage() + tailOf(tail));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while starting Chromium", e);
            }
            if (Files.isRegularFile(portFile)) {
                List<String> lines = Files.readAllLines(portFile);
                if (lines.size() >= 2 && !lines.get(0).isBlank() && !lines.get(1).isBlank()) {
                    return "ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim();
                }
            }
            if (!process.isAlive()) {
                throw new IOException("Chromium exited with code " + process.exitValue() + " before DevTools was up"
                        + tailOf(tail));
            }
        }
        throw new IOException("Chromium printed no DevTools endpoint within " + STARTUP_TIMEOUT.toSeconds() + " s"
                + tailOf(tail));
    }

    private static String tailOf(Deque<String> tail) {
        synchronized (tail) {
            return tail.isEmpty() ? "" : "\n--- chromium stderr (tail) ---\n" + String.join("\n", tail);
        }
    }

    private HeadlessChromium(Process process, Path profileDir, Deque<String> stderrTail, Thread hook, String wsUrl)
            throws IOException {
        this.process = process;
        this.profileDir = profileDir;
        this.stderrTail = stderrTail;
        this.shutdownHook = hook;
        try {
            this.socket = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create(wsUrl), new Listener())
                    .get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted connecting to " + wsUrl, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot connect to Chromium DevTools at " + wsUrl + ": " + e + tailOf(stderrTail), e);
        }
        // A page of our own, attached in "flat" mode so its commands and events share this one socket.
        String targetId = browserCommand("Target.createTarget", obj().put("url", "about:blank"))
                .path("targetId").asText();
        this.sessionId = browserCommand("Target.attachToTarget",
                obj().put("targetId", targetId).put("flatten", true)).path("sessionId").asText();
        if (sessionId.isEmpty()) {
            throw new IOException("Target.attachToTarget gave no sessionId");
        }
        // Page: load events. Runtime: console calls and uncaught exceptions. Log: browser-side errors, notably
        // "Failed to load resource: net::ERR_FILE_NOT_FOUND [url]" for a missing image or stylesheet.
        // Inspector: targetCrashed, so a crashed renderer fails the wait at once instead of timing out.
        for (String domain : List.of("Page", "Runtime", "Log", "Inspector")) {
            pageCommand(domain + ".enable", obj());
        }
    }

    // ------------------------------------------------------------------------------------------------ API

    /**
     * Navigates the page to a local file and waits for its {@code load} event (all images and sub-resources
     * done). {@link #consoleErrors()} from here on describe this page only: they are cleared as navigation starts.
     */
    public void open(Path htmlFile) throws IOException {
        open(htmlFile.toAbsolutePath().normalize().toUri().toString());
    }

    /** Navigates to a URL (file:, data:, about:) and waits for its load event. */
    public void open(String url) throws IOException {
        errors.clear();
        CompletableFuture<Void> load = new CompletableFuture<>();
        loadFired = load; // armed before navigating, so a fast load cannot be missed
        JsonNode nav = pageCommand("Page.navigate", obj().put("url", url));
        if (nav.hasNonNull("errorText")) {
            throw new IOException("navigation to " + url + " failed: " + nav.get("errorText").asText());
        }
        await(load, LOAD_TIMEOUT, "load event of " + url);
        // One more round trip: every event Chromium emitted before answering this has been dispatched by now.
        evaluate("document.readyState");
    }

    /**
     * Evaluates an expression in the page and returns its value (by value, so arrays/objects come back as JSON;
     * promises are awaited). {@code undefined} yields a {@link MissingNode}. A thrown exception fails with its text.
     */
    public JsonNode evaluate(String expression) throws IOException {
        JsonNode r = pageCommand("Runtime.evaluate", obj()
                .put("expression", expression)
                .put("returnByValue", true)
                .put("awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IOException("JavaScript threw: " + describe(r.get("exceptionDetails")) + "\n  in: " + expression);
        }
        JsonNode result = r.path("result");
        return result.has("value") ? result.get("value") : MissingNode.getInstance();
    }

    /**
     * Makes the page a screen of {@code width} × {@code height} CSS pixels; {@code mobile} also honours the page's
     * viewport meta tag and overlay scrollbars, as a phone does. Applies to the pages opened after it.
     */
    public void setViewport(int width, int height, boolean mobile) throws IOException {
        pageCommand("Emulation.setDeviceMetricsOverride", obj().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", mobile));
    }

    /**
     * Errors the current page reported since the last {@link #open}: {@code console.error(...)} calls,
     * uncaught exceptions (also in promises), and browser log entries at level error, which is where
     * "Failed to load resource: net::ERR_FILE_NOT_FOUND" for a missing image ends up.
     */
    public List<String> consoleErrors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    /** Last lines Chromium wrote to stderr, for failure messages. */
    public String stderrTail() {
        return tailOf(stderrTail);
    }

    /** Closes the socket, ends Chromium and its children (bounded), and deletes the temporary profile. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        // Children first, while they are still ours to find (once the browser exits they are re-parented).
        List<ProcessHandle> children = process.descendants().toList();
        try {
            // Browser.close lets Chromium shut its renderers down itself: faster than SIGTERM to each.
            command(null, "Browser.close", obj());
        } catch (IOException ignored) {
            // it may close the socket before answering, or be wedged: the kill below covers both
        }
        closed = true;
        try {
            process.waitFor(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            socket.abort();
            children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            killTree(process);
            // No waiting for the killed children: re-parented to this container's init, they can linger as
            // zombies (isAlive() stays true) until it reaps them, though they hold no resources any more.
        } finally {
            deleteQuietly(profileDir);
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException ignored) {
                // JVM already shutting down
            }
            pending.values().forEach(f -> f.completeExceptionally(new IOException("browser closed")));
        }
    }

    // ------------------------------------------------------------------------------------------------ protocol

    private JsonNode browserCommand(String method, ObjectNode params) throws IOException {
        return command(null, method, params);
    }

    private JsonNode pageCommand(String method, ObjectNode params) throws IOException {
        return command(sessionId, method, params);
    }

    private JsonNode command(String session, String method, ObjectNode params) throws IOException {
        if (closed) {
            throw new IOException("browser closed");
        }
        long id = nextId.getAndIncrement();
        ObjectNode msg = obj().put("id", id).put("method", method);
        msg.set("params", params);
        if (session != null) {
            msg.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        try {
            synchronized (socket) { // WebSocket allows one outstanding send at a time
                socket.sendText(JSON.writeValueAsString(msg), true).get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            JsonNode response = await(reply, COMMAND_TIMEOUT, method);
            if (response.has("error")) {
                throw new IOException(method + " failed: " + response.get("error"));
            }
            return response.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted sending " + method, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot send " + method + ": " + e, e);
        } finally {
            pending.remove(id);
        }
    }

    private <T> T await(CompletableFuture<T> f, Duration timeout, String what) throws IOException {
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IOException("no " + what + " within " + timeout.toSeconds() + " s"
                    + (process.isAlive() ? "" : " (Chromium exited)") + tailOf(stderrTail));
        } catch (ExecutionException e) {
            throw new IOException(what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted waiting for " + what, e);
        }
    }

    private void onMessage(String text) {
        JsonNode msg;
        try {
            msg = JSON.readTree(text);
        } catch (IOException e) {
            return; // not JSON: ignore
        }
        if (msg.has("id")) {
            CompletableFuture<JsonNode> f = pending.get(msg.get("id").asLong());
            if (f != null) {
                f.complete(msg);
            }
            return;
        }
        if (!sessionIdOrEmpty().equals(msg.path("sessionId").asText())) {
            return; // an event of the browser or of another target
        }
        JsonNode p = msg.path("params");
        switch (msg.path("method").asText()) {
            case "Page.loadEventFired" -> loadFired.complete(null);
            case "Inspector.targetCrashed" -> {
                errors.add("renderer crashed");
                loadFired.completeExceptionally(new IOException("the page's renderer crashed" + tailOf(stderrTail)));
                pending.values().forEach(f -> f.completeExceptionally(new IOException("the page's renderer crashed")));
            }
            case "Runtime.consoleAPICalled" -> {
                if ("error".equals(p.path("type").asText()) || "assert".equals(p.path("type").asText())) {
                    List<String> parts = new ArrayList<>();
                    for (JsonNode a : p.path("args")) {
                        parts.add(a.has("value") ? a.get("value").asText() : a.path("description").asText());
                    }
                    errors.add("console." + p.path("type").asText() + ": " + String.join(" ", parts));
                }
            }
            case "Runtime.exceptionThrown" -> errors.add("uncaught: " + describe(p.path("exceptionDetails")));
            case "Log.entryAdded" -> {
                JsonNode e = p.path("entry");
                if ("error".equals(e.path("level").asText())) {
                    String url = e.path("url").asText("");
                    errors.add("log(" + e.path("source").asText() + "): " + e.path("text").asText()
                            + (url.isEmpty() ? "" : " [" + url + "]"));
                }
            }
            default -> { /* not interesting */ }
        }
    }

    private String sessionIdOrEmpty() {
        String s = sessionId; // null while the constructor is still attaching
        return s == null ? "" : s;
    }

    private static String describe(JsonNode details) {
        JsonNode ex = details.path("exception");
        String text = ex.hasNonNull("description") ? ex.get("description").asText() : details.path("text").asText();
        String url = details.path("url").asText("");
        return url.isEmpty() || text.contains(url) ? text : text + " at " + url + ":" + (details.path("lineNumber").asInt() + 1);
    }

    /** Receives whole text messages (reassembling fragments) and hands them to {@link #onMessage}. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buf = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buf.append(data);
            if (last) {
                String text = buf.toString();
                buf.setLength(0);
                onMessage(text);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            pending.values().forEach(f -> f.completeExceptionally(
                    new IOException("DevTools socket closed (" + statusCode + " " + reason + ")")));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            pending.values().forEach(f -> f.completeExceptionally(error));
        }
    }

    // ------------------------------------------------------------------------------------------------ cleanup

    /**
     * Ends the process and every descendant (renderers, GPU, zygote): SIGTERM, up to 3 s for the browser to exit,
     * then SIGKILL whatever is left. Only the browser (our child) is waited for: descendants re-parented to the
     * container's init may show as alive (zombies) until it reaps them.
     */
    private static void killTree(Process process) {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        try {
            process.waitFor(3, TimeUnit.SECONDS);
            all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            all.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes the profile; Chromium may still be flushing a file as it dies, so retry a few times, bounded. */
    private static void deleteQuietly(Path dir) {
        for (int attempt = 0; attempt < 5 && Files.exists(dir); attempt++) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                try {
                    Thread.sleep(100); // bounded: at most 5 tries
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static ObjectNode obj() {
        return JSON.createObjectNode();
    }
}
