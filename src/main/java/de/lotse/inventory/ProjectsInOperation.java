package de.lotse.inventory;

import de.lotse.portfolio.ProjectPhase;
import de.lotse.portfolio.ProjectPhaseChanged;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a project reaches operation, what it introduces is in use and what it replaces is to be
 * retired (with the one application it introduces as successor), in the same transaction and
 * history entry as the phase change.
 */
@Component
class ProjectsInOperation {

    private final ApplicationProjectRepository links;
    private final ApplicationRepository applications;
    private final Clock clock;

    ProjectsInOperation(ApplicationProjectRepository links, ApplicationRepository applications, Clock clock) {
        this.links = links;
        this.applications = applications;
        this.clock = clock;
    }

    @EventListener
    void on(ProjectPhaseChanged change) {
        if (change.to() != ProjectPhase.OPERATION) {
            return;
        }
        List<ApplicationProject> all = links.findByProjectId(change.project().value());
        List<ApplicationId> introduced = all.stream()
                .filter(link -> link.kind() == ProjectLinkKind.INTRODUCES)
                .map(ApplicationProject::applicationId)
                .toList();
        ApplicationId successor = introduced.size() == 1 ? introduced.get(0) : null;
        LocalDate today = LocalDate.now(clock);
        for (ApplicationProject link : all) {
            applications.findById(link.applicationId()).ifPresent(application -> {
                if (link.kind() == ProjectLinkKind.INTRODUCES) {
                    application.putInUse(today);
                } else if (link.retireOnOperation()) {
                    application.markToBeRetired(successor);
                }
            });
        }
    }
}
