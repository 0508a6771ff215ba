package de.lotse.platform.web;

import de.lotse.platform.SaneDates;
import java.util.Set;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every date that comes in — query parameters, form fields, JSON bodies — is refused outside the
 * years of {@link SaneDates}, so it answers 400 (a field error on forms) before PostgreSQL refuses it
 * with a 500.
 */
@Configuration(proxyBeanMethods = false)
class SaneDateInput implements WebMvcConfigurer {

    /** Parameters and form fields: parsed as Spring would, then checked. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(new CheckedDates());
    }

    /** JSON bodies: read as Jackson would, then checked. */
    @Bean
    JsonMapperBuilderCustomizer saneDates() {
        return builder -> builder.addModule(new SimpleModule("sane-dates").setDeserializerModifier(new Modifier()));
    }

    /** Texts to dates by Spring's own formatting (with {@code @DateTimeFormat}), refused outside the years. */
    static final class CheckedDates implements ConditionalGenericConverter {

        // converters registered later are asked first; this one hands the parsing to Spring's own
        private final DefaultFormattingConversionService parsing = new DefaultFormattingConversionService();

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(
                    new ConvertiblePair(String.class, java.time.LocalDate.class),
                    new ConvertiblePair(String.class, java.time.LocalDateTime.class),
                    new ConvertiblePair(String.class, java.time.OffsetDateTime.class),
                    new ConvertiblePair(String.class, java.time.ZonedDateTime.class),
                    new ConvertiblePair(String.class, java.time.Instant.class),
                    new ConvertiblePair(String.class, java.time.YearMonth.class));
        }

        @Override
        public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
            return parsing.canConvert(sourceType, targetType);
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            Object value = parsing.convert(source, sourceType, targetType);
            if (!SaneDates.isSane(value)) {
                throw new IllegalArgumentException(
                        "date outside the years " + SaneDates.FIRST_YEAR + " to " + SaneDates.LAST_YEAR);
            }
            return value;
        }
    }

    /** Wraps Jackson's readers of dates and times with the check. */
    static final class Modifier extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription.Supplier description, ValueDeserializer<?> reader) {
            return SaneDates.isDateType(description.getBeanClass()) ? new Checked(reader) : reader;
        }
    }

    /** A date reader that refuses dates outside the years. */
    static final class Checked extends DelegatingDeserializer {

        Checked(ValueDeserializer<?> reader) {
            super(reader);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> reader) {
            return new Checked(reader);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            if (!SaneDates.isSane(value)) {
                throw InvalidFormatException.from(parser, "date outside the sane years", value, value.getClass());
            }
            return value;
        }
    }
}
