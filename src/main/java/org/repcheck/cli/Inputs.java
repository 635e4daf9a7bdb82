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

    /** True when discovery itself found something wrong (a missing path, a broken zip). */
    static boolean hadProblems(List<Path> args) {
        for (Path p : args) {
            if (!Files.exists(p)) {
                return true;
            }
        }
        return false;
    }

    /** Applies {@code fn} to every input on all cores and returns the results in input order. */
    static <T> List<T> mapInOrder(List<Input> inputs, Function<Input, T> fn) {
        int threads = Math.max(1, Math.min(inputs.size(), Runtime.getRuntime().availableProcessors()));
        if (threads == 1) {
            return inputs.stream().map(fn).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "repcheck-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> fs = new ArrayList<>();
            for (Input in : inputs) {
                fs.add(pool.submit(() -> fn.apply(in)));
            }
            List<T> out = new ArrayList<>(inputs.size());
            for (Future<T> f : fs) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
