package dk.spor.web;

import io.micronaut.serde.exceptions.SerdeException;

/**
 * A value in a JSON body that Spor refuses while reading it (a control character in a text, a date far outside any
 * programme). Its message is written for the person who sent it and is answered as it is, after the field's name.
 */
public class RefusedValue extends SerdeException {

    public RefusedValue(String message) {
        super(message);
    }
}
