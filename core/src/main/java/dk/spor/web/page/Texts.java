package dk.spor.web.page;

import gg.jte.support.LocalizationSupport;
import io.micronaut.context.MessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of one language, from the message bundles ({@link PageTexts#BUNDLES}, e.g.
 * {@code i18n/messages_da.properties} and {@code messages_en.properties}). Templates write {@code ${t.localize("key", value…)}}: the bundle's text is trusted
 * (it may hold a link), the values put into its {@code {0}}, {@code {1}} places are escaped. {@link #text} gives the
 * text as a plain string, for attributes and page titles.
 */
public final class Texts implements LocalizationSupport {

    private static final Logger LOG = LoggerFactory.getLogger(Texts.class);
    private static final Pattern PLACE = Pattern.compile("\\{(\\d+)}");

    private final List<MessageSource> messages;
    private final Language language;

    Texts(List<MessageSource> messages, Language language) {
        this.messages = List.copyOf(messages);
        this.language = language;
    }

    public Language language() {
        return language;
    }

    @Override
    public String lookup(String key) {
        // raw: the framework's interpolation would turn the {0} places into "0" before the page fills them
        MessageSource.MessageContext context = MessageSource.MessageContext.of(language.locale());
        for (MessageSource source : messages) {
            Optional<String> text = source.getRawMessage(key, context);
            if (text.isPresent()) {
                return text.get();
            }
        }
        // the bundle test keeps this from happening; should it still, the page shows the key, not an error
        LOG.warn("No {} text for the key {}", language.code(), key);
        return key;
    }

    /** The text with its places filled in, unescaped: the template escapes it where it is written. */
    public String text(String key, Object... values) {
        String text = lookup(key);
        if (values.length == 0) {
            return text;
        }
        Matcher m = PLACE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(i < values.length ? String.valueOf(values[i]) : ""));
        }
        m.appendTail(out);
        return out.toString();
    }
}
