package dk.spor.programme.model;

/** Mostly in person (rooms, capacity, attendance), some online. */
public enum Delivery { IN_PERSON, ONLINE }
