package de.lotse.inventory.web;

import de.lotse.platform.RecordPage;
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
}
