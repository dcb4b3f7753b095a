package dk.spor.leadership.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two versions of a text, word by word: the words both share, those taken out and those put in,
 * in reading order. Shows a frame's versions side by side with what changed. Whitespace belongs to the word before
 * it, and spacing alone is no change: {@link #after()} gives back the new text exactly, {@link #before()} the old one
 * word for word.
 *
 * <p>The common words are a longest common subsequence of the two word lists (the classic dynamic programme, which
 * is quadratic; a frame's field is at most a few hundred words).
 */
public record TextChange(List<Part> parts) {

    /** A run of words that stayed, went or came. */
    public enum Kind {
        SAME, REMOVED, ADDED
    }

    public record Part(Kind kind, String text) {
    }

    private static final Pattern WORD = Pattern.compile("\\S+\\s*|\\s+");

    public TextChange {
        parts = List.copyOf(parts);
    }

    public static TextChange between(String before, String after) {
        List<String> a = words(before == null ? "" : before);
        List<String> b = words(after == null ? "" : after);
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = same(a.get(i), b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && same(a.get(i), b.get(j))) {
                // with the new text's spacing, so that what stayed and what came give back the new text exactly
                add(parts, Kind.SAME, b.get(j));
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || common[i][j + 1] > common[i + 1][j])) {
                // on a tie the old word goes first, so a replaced word reads "taken out, put in"
                add(parts, Kind.ADDED, b.get(j++));
            } else {
                add(parts, Kind.REMOVED, a.get(i++));
            }
        }
        return new TextChange(parts);
    }

    /** Whether the two texts differ in their words (not merely in spacing). */
    public boolean changed() {
        return parts.stream().anyMatch(p -> p.kind() != Kind.SAME);
    }

    /** The text as it was: what stayed and what went. */
    public List<Part> before() {
        return parts.stream().filter(p -> p.kind() != Kind.ADDED).toList();
    }

    /** The text as it is: what stayed and what came. */
    public List<Part> after() {
        return parts.stream().filter(p -> p.kind() != Kind.REMOVED).toList();
    }

    private static boolean same(String a, String b) {
        return a.strip().equals(b.strip());
    }

    private static void add(List<Part> parts, Kind kind, String text) {
        if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
            Part last = parts.remove(parts.size() - 1);
            parts.add(new Part(kind, last.text() + text));
        } else {
            parts.add(new Part(kind, text));
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
