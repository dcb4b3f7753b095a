package dk.spor.calendars;

/** Uploaded iCalendar text could not be read; the message names the line number when known. */
public class IcsFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int lineNumber;

    /**
     * @param lineNumber 1-based line number, or 0 when unknown
     * @param message    what was wrong
     * @param cause      the underlying error, or null
     */
    public IcsFormatException(int lineNumber, String message, Throwable cause) {
        super((lineNumber > 0 ? "line " + lineNumber + ": " : "line unknown: ") + message, cause);
        this.lineNumber = lineNumber;
    }

    /** @return 1-based line number, or 0 when unknown */
    public int lineNumber() {
        return lineNumber;
    }
}
