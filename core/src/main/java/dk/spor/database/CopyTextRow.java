package dk.spor.database;

import java.util.UUID;

/**
 * One row of a {@code COPY … TO STDOUT} in PostgreSQL's text format, read field after field as the types the query
 * names: for reads of millions of plain rows (UUIDs and integers), decoded straight from the bytes without a string
 * per field. A null field ({@code \N}) or text where a number or UUID belongs fails loudly: callers select only
 * non-null columns of these types.
 */
public final class CopyTextRow {

    private byte[] bytes;
    private int at;

    CopyTextRow() {
    }

    CopyTextRow reset(byte[] row) {
        this.bytes = row;
        this.at = 0;
        return this;
    }

    /** The next field as a UUID (36 characters, hexadecimal with hyphens). */
    public UUID uuid() {
        long most = 0;
        long least = 0;
        int digits = 0;
        while (digits < 32) {
            byte b = bytes[at++];
            if (b == '-') {
                continue;
            }
            int value = Character.digit(b, 16);
            if (value < 0) {
                throw malformed("a UUID");
            }
            if (digits < 16) {
                most = (most << 4) | value;
            } else {
                least = (least << 4) | value;
            }
            digits++;
        }
        endOfField();
        return new UUID(most, least);
    }

    /** The next field as a whole number (a {@code long}). */
    public long longValue() {
        boolean negative = at < bytes.length && bytes[at] == '-';
        if (negative) {
            at++;
        }
        // summed as a negative number, whose range reaches one further than the positive one (Long.MIN_VALUE)
        long value = 0;
        int start = at;
        while (at < bytes.length && bytes[at] >= '0' && bytes[at] <= '9') {
            int digit = bytes[at++] - '0';
            if (value < (Long.MIN_VALUE + digit) / 10) {
                throw malformed("a number that fits in 64 bits");
            }
            value = value * 10 - digit;
        }
        if (at == start || (!negative && value == Long.MIN_VALUE)) {
            throw malformed("a whole number");
        }
        endOfField();
        return negative ? value : -value;
    }

    private void endOfField() {
        if (at < bytes.length) {
            if (bytes[at] != '\t' && bytes[at] != '\n') {
                throw malformed("the end of a field");
            }
            at++;
        }
    }

    private IllegalStateException malformed(String expected) {
        return new IllegalStateException("COPY row: expected " + expected + " at byte " + at);
    }
}
