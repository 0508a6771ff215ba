package de.lotse.inventory.web;

import de.lotse.platform.RecordPage;
import de.lotse.platform.RecordParts;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pages of the inventory's records, for the links back from their change history. */
@Configuration(proxyBeanMethods = false)
class InventoryRecordPages {

    @Bean
    RecordPage applicationRecordPage() {
        return new RecordPage("application", "/applications/");
    }

    @Bean
    RecordPage applicationInterfaceRecordPage() {
        return new RecordPage("application_interface", "/applications/interfaces/");
    }

    @Bean
    RecordPage applicationContractRecordPage() {
        return new RecordPage("application_contract", "/applications/contracts/");
    }

    /** An application's history includes the changes of its contracts. */
    @Bean
    RecordParts applicationContractParts() {
        return new RecordParts("application", Set.of("application_contract"));
    }
}
