package dk.spor.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The median of a benchmark's runs: robust against the odd slow run on a shared machine. */
final class Medians {

    private Medians() {
    }

    static double of(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
