package dk.spor.web.page;

/** One option of a set of radio buttons, check boxes or a list: the value sent and the text shown. */
public record Choice(String value, String label) {

    public static Choice of(String value, String label) {
        return new Choice(value, label);
    }
}
