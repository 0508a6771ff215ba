package de.lotse.platform.web;

import de.lotse.platform.WebAddresses;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives templates {@code #webAddresses.safe(address)}: a stored address as a link only when it is
 * one ({@link WebAddresses}), so that no page renders a {@code javascript:} link, even from data
 * stored before the rule. (Templates may not call beans inside {@code th:href}.)
 */
@Component
class WebAddressDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final WebAddresses addresses;

    WebAddressDialect(WebAddresses addresses) {
        super("web-addresses");
        this.addresses = addresses;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("webAddresses");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return addresses;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
