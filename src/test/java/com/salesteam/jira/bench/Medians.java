package com.salesteam.jira.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.LongSupplier;

/** Median times of a piece of work in milliseconds, after one warm-up run. */
final class Medians {

    private Medians() {
    }

    static double median(Runnable work, int runs) {
        return measure(work, runs, System::nanoTime);
    }

    /**
     * The median CPU time of this thread: the embedded database runs in the caller's thread, so this is the work
     * itself, without the time the thread waited for a core (other builds share this machine's two).
     */
    static double cpuMedian(Runnable work, int runs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return measure(work, runs, threads::getCurrentThreadCpuTime);
    }

    private static double measure(Runnable work, int runs, LongSupplier nanos) {
        double[] times = new double[runs];
        work.run();
        for (int i = 0; i < runs; i++) {
            long started = nanos.getAsLong();
            work.run();
            times[i] = (nanos.getAsLong() - started) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }
}
