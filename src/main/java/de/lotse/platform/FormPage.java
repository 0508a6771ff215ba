package de.lotse.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page's form handler whose refused input ({@link InvalidFieldException}) is shown again on
 * the form, next to the field, instead of the error page: the shared form flow renders the named
 * view with {@code errorField} and {@code errorKey}, and the view reads what was sent from
 * {@code param}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface FormPage {

    /** The view that shows the form again. */
    String value();
}
