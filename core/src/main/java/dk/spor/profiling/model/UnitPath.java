package dk.spor.profiling.model;

import dk.spor.statistics.model.MinimumGroupSize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The way down the unit tree from the top to one unit, with how many people are counted at each step: directly in the
 * unit, and in the whole subtree of each of its sub-units. A unit's figures may be shown only if no unit above it shows
 * figures from which the unit's total follows by subtraction.
 *
 * @param steps from the top unit down; the last step is the unit itself (its own counts are not needed here)
 */
public record UnitPath(List<Step> steps) {

    /** The cell for the people directly in a unit, beside its sub-units: never shown on its own. */
    private static final String DIRECT = "direct";

    /**
     * One unit on the way down.
     *
     * @param unit          the unit
     * @param directPeople  people directly in the unit, not in a sub-unit
     * @param subUnitPeople people in each sub-unit's whole subtree, in any order
     */
    public record Step(UUID unit, int directPeople, Map<UUID, Integer> subUnitPeople) {
        public Step {
            subUnitPeople = Map.copyOf(subUnitPeople);
        }
    }

    public UnitPath {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a path has at least the unit itself");
        }
    }

    /**
     * Whether some unit above, shown with its own minimum-group-size suppression (its direct people as a cell never
     * shown alone, one cell per sub-unit), would hide the next unit on the way down. Then the last unit is hidden too:
     * otherwise its total, shown here, would reveal what the unit above had to hide. Ties between equal sub-units are
     * decided by their ids' order, so the same tree always hides the same units.
     */
    public boolean hiddenByAncestor(MinimumGroupSize minimum) {
        for (int i = 0; i + 1 < steps.size(); i++) {
            Step ancestor = steps.get(i);
            Map<String, Integer> cells = new LinkedHashMap<>();
            cells.put(DIRECT, ancestor.directPeople());
            List<UUID> subUnits = new ArrayList<>(ancestor.subUnitPeople().keySet());
            subUnits.sort(null);
            for (UUID subUnit : subUnits) {
                cells.put(subUnit.toString(), ancestor.subUnitPeople().get(subUnit));
            }
            if (minimum.suppress(cells, Set.of(DIRECT)).contains(steps.get(i + 1).unit().toString())) {
                return true;
            }
        }
        return false;
    }
}
