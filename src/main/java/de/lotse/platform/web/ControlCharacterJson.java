package de.lotse.platform.web;

import de.lotse.platform.ControlCharacters;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses texts with control characters ({@link ControlCharacters}) in every JSON body: reading
 * fails with the path of the field, which the API answers as 400 naming that field.
 */
@Configuration(proxyBeanMethods = false)
class ControlCharacterJson {

    @Bean
    JsonMapperBuilderCustomizer controlCharactersRefused() {
        return builder -> builder.addModule(
                new SimpleModule("control-characters").addDeserializer(String.class, new CheckedStrings()));
    }

    /** Texts as Jackson reads them, refused when they hold a control character. */
    static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            if (ControlCharacters.inValue(value)) {
                throw InvalidFormatException.from(parser, "control characters are not accepted", value, String.class);
            }
            return value;
        }
    }
}
