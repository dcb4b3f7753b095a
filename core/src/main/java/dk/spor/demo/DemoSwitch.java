package dk.spor.demo;

import jakarta.inject.Singleton;

import java.util.Arrays;

/** Loads the demo municipality when the server is started with {@code --demo}. */
@Singleton
public class DemoSwitch {

    public static final String FLAG = "--demo";

    public void loadIfAsked(String[] args) {
        if (Arrays.asList(args).contains(FLAG)) {
            // filled in with the demo municipality
        }
    }
}
