package de.lotse.tenancy;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates and reads records as one demo municipality, the way a background task would. */
@Component
public class TenantFixture {

    private final MunicipalityRepository municipalities;
    private final TransactionTemplate transaction;

    TenantFixture(MunicipalityRepository municipalities, TransactionTemplate transaction) {
        this.municipalities = municipalities;
        this.transaction = transaction;
    }

    public MunicipalityId musterstadt() {
        return bySlug("musterstadt");
    }

    public MunicipalityId beispielhausen() {
        return bySlug("beispielhausen");
    }

    public <T> T as(MunicipalityId municipality, Supplier<T> work) {
        return CurrentTenant.callAs(municipality, () -> transaction.execute(status -> work.get()));
    }

    private MunicipalityId bySlug(String slug) {
        return municipalities.findBySlug(slug).orElseThrow().id();
    }
}
