package org.alliancebrief.cli;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A parallel map that hands results on in input order, with at most {@code window} items in flight:
 * workers run ahead of the consumer by that much and no further (back-pressure), so the heap holds
 * a few articles at a time however fast the files are read.
 */
final class OrderedParallelMap<T, R> implements AutoCloseable {
    /** Receives each result in input order, on the calling thread. */
    interface Sink<T, R> {
        void accept(T input, R result) throws java.io.IOException;
    }

    private final ExecutorService pool;
    private final int window;

    OrderedParallelMap(int workers, int window) {
        this.pool =
                Executors.newFixedThreadPool(
                        workers,
                        r -> {
                            Thread t = new Thread(r, "analyse");
                            t.setDaemon(true);
                            return t;
                        });
        this.window = window;
    }

    /** Workers for this machine: one per core. */
    static int workers() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    void run(List<T> inputs, Function<T, R> work, Sink<T, R> sink) throws java.io.IOException {
        ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
        ArrayDeque<T> pending = new ArrayDeque<>();
        Iterator<T> next = inputs.iterator();
        try {
            while (next.hasNext() || !inFlight.isEmpty()) {
                while (inFlight.size() < window && next.hasNext()) {
                    T input = next.next();
                    pending.add(input);
                    inFlight.add(pool.submit(() -> work.apply(input)));
                }
                sink.accept(pending.poll(), await(inFlight.poll()));
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
