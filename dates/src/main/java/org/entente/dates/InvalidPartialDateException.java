package org.entente.dates;

/** A text that is not a partial date; its message quotes the text and says what is expected. */
public class InvalidPartialDateException extends IllegalArgumentException {

    public InvalidPartialDateException(String text) {
        super("'" + text + "' is not a PartialDate: expected YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar date");
    }
}
