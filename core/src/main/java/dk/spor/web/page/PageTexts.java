package dk.spor.web.page;

import io.micronaut.context.MessageSource;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

import java.util.EnumMap;
import java.util.Map;

/**
 * The message bundles of the pages. Kept apart from the framework's own messages (validation and the like), so a page
 * text never changes what the JSON API says.
 */
@Singleton
public class PageTexts {

    /** The bundles' base name: {@code i18n/messages_da.properties} and {@code i18n/messages_en.properties}. */
    public static final String BUNDLE = "i18n.messages";

    private final Map<Language, Texts> texts = new EnumMap<>(Language.class);

    public PageTexts() {
        MessageSource source = new ResourceBundleMessageSource(BUNDLE);
        for (Language language : Language.values()) {
            texts.put(language, new Texts(source, language));
        }
    }

    public Texts in(Language language) {
        return texts.get(language);
    }
}
