package dk.spor.web.page;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages pages are written in: Danish first, English second. A person's choice is kept in a cookie; without
 * one, the browser's {@code Accept-Language} decides, and Danish is the answer when it names neither.
 */
public enum Language {
    DA("da", Locale.forLanguageTag("da-DK")),
    EN("en", Locale.UK);

    /** The cookie that remembers a person's choice. */
    public static final String COOKIE = "spor-sprog";

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The code in {@code lang} attributes, cookies and addresses: {@code da} or {@code en}. */
    public String code() {
        return code;
    }

    /** The locale dates and numbers are written in; English pages write dates the British way (15 December 2026). */
    public Locale locale() {
        return locale;
    }

    public static Optional<Language> ofCode(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The chosen language: the cookie's if it names one, else the best of {@code Accept-Language}, else Danish. */
    public static Language of(String cookie, String acceptLanguage) {
        Optional<Language> chosen = ofCode(cookie);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DA;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            String tag = Locale.lookupTag(ranges, List.of("da", "en"));
            return ofCode(tag).orElse(DA);
        } catch (IllegalArgumentException unreadable) {
            return DA;
        }
    }
}
