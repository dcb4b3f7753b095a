package dk.spor.operations.logging;

import ch.qos.logback.classic.jul.LevelChangePropagator;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Sends everything logged through {@code java.util.logging} (Liquibase above all) to SLF4J and so to Logback's
 * appenders and levels, instead of to the console in a format of its own. As a Logback context listener it runs as
 * soon as Logback is configured; the inherited level propagation keeps JUL from building records Logback would drop.
 */
public class JavaUtilLoggingToSlf4j extends LevelChangePropagator {

    @Override
    public void start() {
        setResetJUL(true);
        super.start();
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
