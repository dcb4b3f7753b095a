package dk.spor.leadership.model;

/** A dilemma or a grip of the leadership track: its name, and a question a manager can reflect on. */
public interface ReflectionMaterial {

    String name();

    Wording title();

    Wording question();
}
