package de.lotse.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field that holds an address people follow as a link: {@code http} or {@code https} with a host
 * ({@code mailto} too where {@link #mailto()} says so), checked by {@link WebAddresses}. Empty is
 * allowed (make the field {@code @NotBlank} to require one), so a form's empty field is no error.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WebAddress.Validator.class)
public @interface WebAddress {

    String message() default "{web-address.invalid}";

    /** Whether an e-mail link ({@code mailto:}) is meant and allowed too. */
    boolean mailto() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the field's text (or the text of its {@code URI}) with {@link WebAddresses}. */
    class Validator implements ConstraintValidator<WebAddress, Object> {

        private boolean mailto;

        @Override
        public void initialize(WebAddress annotation) {
            this.mailto = annotation.mailto();
        }

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (value == null || value.toString().isBlank()) {
                return true;
            }
            return WebAddresses.isWebAddress(value.toString()) || (mailto && WebAddresses.isMailto(value.toString()));
        }
    }
}
