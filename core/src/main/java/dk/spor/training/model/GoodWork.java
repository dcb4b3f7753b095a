package dk.spor.training.model;

/** The six "good work" dimensions a module is evaluated on: did it make work more realistic, recognised, …? */
public enum GoodWork {
    REALISTIC, RECOGNISED, AUTONOMOUS, MEANINGFUL, DEVELOPING, HEALTHY_SAFE
}
