package dk.spor.web.page;

import io.micronaut.context.MessageSource;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The message bundles of the pages. Kept apart from the framework's own messages (validation and the like), so a page
 * text never changes what the JSON API says.
 */
@Singleton
public class PageTexts {

    /**
     * The bundles' base names, each a pair {@code i18n/<name>_da.properties} and {@code _en.properties}: the shared
     * texts (layout, navigation, errors, roles, states) and one bundle per side of Spor, so that each side's pages
     * keep their texts together. A key lives in exactly one bundle (a test says so).
     */
    public static final List<String> BUNDLES = List.of("i18n.messages", "i18n.employee", "i18n.manager", "i18n.hr",
            "i18n.signin");

    private final Map<Language, Texts> texts = new EnumMap<>(Language.class);

    public PageTexts() {
        List<MessageSource> sources = BUNDLES.stream().<MessageSource>map(ResourceBundleMessageSource::new).toList();
        for (Language language : Language.values()) {
            texts.put(language, new Texts(sources, language));
        }
    }

    public Texts in(Language language) {
        return texts.get(language);
    }
}
