package de.lotse.servicecatalog;

import de.lotse.inventory.ApplicationChoice;
import de.lotse.inventory.ApplicationId;
import de.lotse.inventory.Applications;
import de.lotse.platform.TransactionLocks;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which applications of the inventory support which of the current municipality's services. */
@Service
@Transactional
public class ServiceApplications {

    private final JdbcClient jdbc;
    private final ServiceStatuses statuses;
    private final ServiceApplicationRepository links;
    private final Applications applications;
    private final TransactionLocks locks;

    ServiceApplications(
            JdbcClient jdbc,
            ServiceStatuses statuses,
            ServiceApplicationRepository links,
            Applications applications,
            TransactionLocks locks) {
        this.locks = locks;
        this.jdbc = jdbc;
        this.statuses = statuses;
        this.links = links;
        this.applications = applications;
    }

    /** The applications that support the service with this key, by name; 404 for an unknown key. */
    @Transactional(readOnly = true)
    public List<ApplicationChoice> applicationsOf(String leikaKey) {
        return applicationsOf(statuses.get(leikaKey));
    }

    /** The applications that support the service, by name. */
    @Transactional(readOnly = true)
    public List<ApplicationChoice> applicationsOf(ServiceStatusRow service) {
        List<UUID> ids = jdbc.sql(
                        """
                        select sa.application_id from service_application sa
                        join service_status st on st.service_id = sa.service_id
                        where st.id = :status
                        """)
                .param("status", service.id())
                .query(UUID.class)
                .list();
        return applications.choices(ids);
    }

    /** The services the application supports, by name. */
    @Transactional(readOnly = true)
    public List<ServiceProjects.LinkedService> servicesOf(ApplicationId application) {
        return jdbc.sql(
                        """
                        select s.leika_key, s.name from service_application sa
                        join catalogue_leika_service s on s.id = sa.service_id
                        where sa.application_id = :application and s.leika_key is not null
                        order by s.name
                        """)
                .param("application", application.value())
                .query((rs, n) -> new ServiceProjects.LinkedService(rs.getString(1), rs.getString(2)))
                .list();
    }

    /** The municipality's applications one can name for a service, by name. */
    @Transactional(readOnly = true)
    public List<ApplicationChoice> choices() {
        return applications.choices();
    }

    /** Names an application that supports the service (once); 404 for another municipality's application. */
    public void link(String leikaKey, ApplicationId application) {
        ServiceStatusRow service = statuses.get(leikaKey);
        applications.get(application);
        int serviceId = statuses.serviceIdOf(service);
        // the same link sent twice at once must not fail on the unique key
        locks.lock("service_application", serviceId);
        if (links.findByServiceIdAndApplicationId(serviceId, application.value())
                .isEmpty()) {
            links.save(new ServiceApplication(serviceId, application.value()));
        }
    }

    /** The application no longer supports the service. */
    public void unlink(String leikaKey, ApplicationId application) {
        ServiceStatusRow service = statuses.get(leikaKey);
        applications.get(application);
        links.findByServiceIdAndApplicationId(statuses.serviceIdOf(service), application.value())
                .forEach(links::delete);
    }
}
