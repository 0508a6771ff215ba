package de.lotse.platform.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Languages: German by default, English on request (kept in a cookie). */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Set<String> LANGUAGES = Set.of("de", "en");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("lotse-language");
        resolver.setDefaultLocale(Locale.GERMAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch());
    }

    /** Switches the language with {@code ?lang=de|en}; any other value means German. */
    static class LanguageSwitch extends LocaleChangeInterceptor {

        LanguageSwitch() {
            setParamName("lang");
        }

        @Override
        protected Locale parseLocaleValue(String value) {
            return LANGUAGES.contains(value) ? Locale.forLanguageTag(value) : Locale.GERMAN;
        }
    }
}
