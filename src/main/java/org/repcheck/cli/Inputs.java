package org.repcheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.repcheck.batch.Input;
import org.repcheck.batch.InputDiscovery;

/** Input handling shared by the commands: discovery, problems to stderr, ordered parallel mapping. */
final class Inputs {
    private Inputs() {
    }

    /** Discovers inputs and reports discovery problems (one line each) on stderr. */
    static List<Input> discover(List<Path> args, java.io.PrintWriter err) {
        InputDiscovery d = new InputDiscovery();
        List<Input> inputs = d.discover(args);
        for (String p : d.problems()) {
            err.println("repcheck: " + org.repcheck.batch.Failures.safe(p));
        }
        err.flush();
        return inputs;
    }

    /** {@link #discover}, and when nothing was found, one line saying where repcheck looked. */
    static List<Input> discoverOrSayNone(List<Path> args, java.io.PrintWriter err) {
        List<Input> found = discover(args, err);
        if (found.isEmpty()) {
            err.println("repcheck: no input files found in " + args);
            err.flush();
        }
        return found;
    }

    /** True when discovery itself found something wrong (a missing path, a broken zip). */
    static boolean hadProblems(List<Path> args) {
        for (Path p : args) {
            if (!Files.exists(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Applies {@code fn} to every input on all cores and hands each result to {@code sink} in input order, as soon
     * as it and all before it are done. At most a few results per core wait at any time, so memory does not grow
     * with the number of inputs.
     */
    static <T> void forEachInOrder(List<Input> inputs, Function<Input, T> fn, java.util.function.Consumer<T> sink) {
        int threads = Math.max(1, Math.min(inputs.size(), Runtime.getRuntime().availableProcessors()));
        if (threads == 1) {
            inputs.forEach(in -> sink.accept(fn.apply(in)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "repcheck-reader");
            t.setDaemon(true);
            return t;
        });
        int window = 4 * threads;
        try {
            java.util.ArrayDeque<Future<T>> inFlight = new java.util.ArrayDeque<>();
            int next = 0;
            while (next < inputs.size() || !inFlight.isEmpty()) {
                while (next < inputs.size() && inFlight.size() < window) {
                    Input in = inputs.get(next++);
                    inFlight.add(pool.submit(() -> fn.apply(in)));
                }
                sink.accept(inFlight.poll().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Applies {@code fn} to every input on all cores and returns the results in input order. */
    static <T> List<T> mapInOrder(List<Input> inputs, Function<Input, T> fn) {
        List<T> out = new ArrayList<>(inputs.size());
        forEachInOrder(inputs, fn, out::add);
        return out;
    }
}
