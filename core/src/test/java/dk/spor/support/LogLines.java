package dk.spor.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Every line the server logs while a test runs, as an operator would read it: the message, and for an exception its
 * type, message and frames. Catches what reaches the root logger at any level the configuration lets through, and
 * WARN and above from Spor's own code and the HTTP server.
 */
public final class LogLines extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final List<String> lines = new ArrayList<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    private LogLines() {
    }

    public static LogLines capture() {
        LogLines lines = new LogLines();
        lines.setName("test-capture");
        lines.setContext(lines.root.getLoggerContext());
        lines.start();
        lines.root.addAppender(lines);
        return lines;
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(event.getLevel() + " " + event.getLoggerName() + " - "
                + event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            line.append("\n").append(t.getClassName()).append(": ").append(t.getMessage());
            for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                line.append("\n    ").append(frame.getSTEAsString());
            }
        }
        lines.add(line.toString());
    }

    public synchronized String all() {
        return String.join("\n", lines);
    }

    @Override
    public void close() {
        root.detachAppender(this);
        stop();
    }
}
