package dk.spor.calendars;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * CPU time of the test thread: the work a reading causes, which the time budget also counts, unlike elapsed time that
 * grows with whatever else the machine runs.
 */
final class CpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTime() {
    }

    /** @return the CPU time the action took on this thread (elapsed time where the JVM cannot measure CPU time) */
    static Duration of(Runnable action) {
        boolean cpu = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
        long start = cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
        action.run();
        return Duration.ofNanos((cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime()) - start);
    }
}
