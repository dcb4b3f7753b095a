package dk.spor.operations.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;

import java.util.Locale;
import java.util.Map;

/**
 * Spor's log, set up in code instead of a {@code logback.xml} that Logback would first have to parse (a start spends
 * less time on its log before it can say anything). What a line looks like:
 * <ul>
 *   <li>{@code SPOR_LOG_FORMAT}: {@code text} (the default, one readable line an event) or {@code json} (one JSON
 *       object a line: timestamp, level, threadName, loggerName, formattedMessage, throwable, for a log collector);
 *       e-mail addresses are masked in both;</li>
 *   <li>{@code SPOR_LOG_LEVEL}: the level of everything not named below, {@code INFO} unless set.</li>
 * </ul>
 * Both are read as system properties first, then from the environment. {@code java.util.logging} (Liquibase and
 * others) goes through SLF4J with these levels.
 *
 * <p>An operator who wants a configuration of their own gives Logback the file as usual
 * ({@code -Dlogback.configurationFile=…}, or a {@code logback.xml} on the class path); this class then leaves the
 * configuration to Logback.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public class SporLogConfiguration extends ContextAwareBase implements Configurator {

    static final String FORMAT = "SPOR_LOG_FORMAT";
    static final String LEVEL = "SPOR_LOG_LEVEL";
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{30} - %msg%n";

    /** A normal start says what matters in a few lines; the level of these is raised over the root's. */
    private static final Map<String, Level> QUIETER = Map.ofEntries(
            Map.entry("io.zonky", Level.WARN),
            Map.entry("liquibase", Level.WARN),
            Map.entry("io.micronaut.liquibase", Level.WARN),
            // it writes an ID token's claims (names, e-mails) into the log when a check fails; Spor logs the failure
            // itself, naming no one (dk.spor.security.web.SingleSignOnCallbacks)
            Map.entry("io.micronaut.security.oauth2.endpoint.token.response.validation", Level.OFF),
            Map.entry("io.micronaut.context.env", Level.WARN),
            Map.entry("io.micronaut.runtime.Micronaut", Level.WARN),
            Map.entry("com.zaxxer.hikari", Level.WARN),
            Map.entry("org.pf4j", Level.WARN));

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null || onClassPath("logback-test.xml")
                || onClassPath("logback.xml")) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        // first, so that every level set below reaches java.util.logging too
        JavaUtilLoggingToSlf4j julBridge = new JavaUtilLoggingToSlf4j();
        julBridge.setContext(context);
        context.addListener(julBridge);
        julBridge.start();

        String format = setting(FORMAT, "text").toLowerCase(Locale.ROOT);
        ConsoleAppender<ILoggingEvent> out = new ConsoleAppender<>();
        out.setContext(context);
        out.setName("out");
        out.setEncoder(encoder(context, format));
        out.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        String levelSetting = setting(LEVEL, "INFO");
        Level level = Level.toLevel(levelSetting, null);
        root.setLevel(level == null ? Level.INFO : level);
        root.addAppender(out);
        QUIETER.forEach((name, quieter) -> context.getLogger(name).setLevel(quieter));

        Logger own = context.getLogger(SporLogConfiguration.class);
        if (!format.equals("text") && !format.equals("json")) {
            own.warn("{}={} is not a log format Spor knows; it writes text (the other is json).", FORMAT, format);
        }
        if (level == null) {
            own.warn("{}={} is not a log level; it logs at INFO (TRACE, DEBUG, INFO, WARN, ERROR or OFF).",
                    LEVEL, levelSetting);
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static Encoder<ILoggingEvent> encoder(LoggerContext context, String format) {
        if (format.equals("json")) {
            MaskingJsonEncoder json = new MaskingJsonEncoder();
            json.setContext(context);
            json.setWithSequenceNumber(false);
            json.setWithNanoseconds(false);
            json.setWithContext(false);
            json.setWithMessage(false);
            json.setWithArguments(false);
            json.setWithFormattedMessage(true);
            json.start();
            return json;
        }
        MaskingPatternEncoder text = new MaskingPatternEncoder();
        text.setContext(context);
        text.setPattern(PATTERN);
        text.start();
        return text;
    }

    private static String setting(String name, String otherwise) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    private static boolean onClassPath(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return (loader != null ? loader : SporLogConfiguration.class.getClassLoader()).getResource(resource) != null;
    }
}
