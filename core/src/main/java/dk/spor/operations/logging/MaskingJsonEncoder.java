package dk.spor.operations.logging;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;

import java.nio.charset.StandardCharsets;

/**
 * Logback's own JSON encoder (one object a line), with e-mail addresses masked; addresses contain no character JSON
 * escapes, so masking the encoded text cannot break it.
 */
public class MaskingJsonEncoder extends JsonEncoder {

    @Override
    public byte[] encode(ILoggingEvent event) {
        return PersonalDataMask.mask(new String(super.encode(event), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
    }
}
