package dk.spor.operations.logging;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;

import java.nio.charset.Charset;

/** Logback's pattern encoder, with e-mail addresses masked in the whole line (message and stack trace). */
public class MaskingPatternEncoder extends PatternLayoutEncoder {

    @Override
    public byte[] encode(ILoggingEvent event) {
        Charset charset = getCharset() == null ? Charset.defaultCharset() : getCharset();
        return PersonalDataMask.mask(new String(super.encode(event), charset)).getBytes(charset);
    }
}
